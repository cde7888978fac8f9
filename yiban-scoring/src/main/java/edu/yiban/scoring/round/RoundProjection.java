package edu.yiban.scoring.round;

import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.scoring.round.RoundEvent.AppealAnswered;
import edu.yiban.scoring.round.RoundEvent.AppealFiled;
import edu.yiban.scoring.round.RoundEvent.ComputationStarted;
import edu.yiban.scoring.round.RoundEvent.Computed;
import edu.yiban.scoring.round.RoundEvent.Drafted;
import edu.yiban.scoring.round.RoundEvent.Finalised;
import edu.yiban.scoring.round.RoundEvent.Publicised;
import edu.yiban.scoring.round.RoundEvent.PublicityWithdrawn;
import edu.yiban.scoring.round.RoundEvent.ResultsPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

import static edu.yiban.scoring.internal.ScoringMessages.BUNDLE;

/**
 * One round as its records tell it. The state moves only here, by the rules the service checked before
 * writing: a first computation leaves {@code DRAFT}, publicity enters {@code PUBLICISED}, a withdrawal
 * returns to {@code COMPUTED}, finalisation enters {@code FINAL}. A computation's results arrive as a header and
 * its pages ({@link ResultPages}) and count once the last page is in; a single {@code round.computed} record
 * (the format before paging) is read as well.
 */
final class RoundProjection {
    private final RoundId id;
    /** The draft, and the state: null until the round's first record, {@code round.drafted}. */
    private @Nullable Drafted drafted;
    private @Nullable RoundState state;
    private final List<Computation> computations = new ArrayList<>();
    private final List<PublicityWindow> publicity = new ArrayList<>();
    private final List<Appeal> appeals = new ArrayList<>();
    private @Nullable Finalisation finalisation;
    /** The round as it stands, made when first asked after a change. */
    private @Nullable Round snapshot;
    /** The computation whose results pages are being read, between its header and its last page. */
    private ResultPages.@Nullable Reading reading;

    RoundProjection(RoundId id) {
        this.id = id;
    }

    void apply(StoredRecord stored, RoundEvent event) {
        snapshot = null;
        if (event instanceof Drafted e) {
            drafted = e;
            state = RoundState.DRAFT;
        } else if (event instanceof ComputationStarted e) {
            if (reading != null) {
                throw new StoreException(BUNDLE.text("round.pages.unfinished", id.value(), e.number(), reading.header().pages(),
                        reading.header().number(), reading.pages()), null);
            }
            reading = new ResultPages.Reading(id, e);
        } else if (event instanceof ResultsPage e) {
            if (reading == null) {
                throw new StoreException(BUNDLE.text("round.pages.header", id.value(), e.page(), e.computation()), null);
            }
            Optional<RoundResults> whole = reading.add(e);
            if (whole.isPresent()) {
                ComputationStarted h = reading.header();
                reading = null;
                computed(new Computation(h.number(), h.date(), h.by(), h.appeal(), h.sha256(), whole.get()));
            }
        } else if (event instanceof Computed e) {
            computed(new Computation(e.number(), e.date(), e.by(), e.appeal(), e.sha256(), e.results()));
        } else if (event instanceof Publicised e) {
            publicity.add(new PublicityWindow(e.computation(), e.from(), e.until(), e.rule(), e.date(), e.by(),
                    Optional.empty(), Optional.empty()));
            state = RoundState.PUBLICISED;
        } else if (event instanceof PublicityWithdrawn e) {
            int last = publicity.size() - 1;
            publicity.set(last, publicity.get(last).withdrawnOn(e.date(), e.supersededBy()));
            state = RoundState.COMPUTED;
        } else if (event instanceof AppealFiled e) {
            appeals.add(new Appeal(e.number(), e.request().subject(), e.request().node(), e.request().reason(), e.by(),
                    e.date(), e.computation(), Optional.empty()));
        } else if (event instanceof AppealAnswered e) {
            appeals.set(e.number() - 1, appeals.get(e.number() - 1).with(new AppealAnswer(e.ruling(), e.by(), e.date(), Optional.empty())));
        } else if (event instanceof Finalised e) {
            finalisation = new Finalisation(e.date(), e.by(), e.computation(), e.sha256());
            state = RoundState.FINAL;
        } else {
            throw new IllegalStateException("unhandled round record " + event);
        }
    }

    private void computed(Computation c) {
        computations.add(c);
        c.appeal().ifPresent(n -> {
            Appeal upheld = appeals.get(n - 1);
            AppealAnswer answer = upheld.answer().orElseThrow();
            appeals.set(n - 1, upheld.with(new AppealAnswer(answer.ruling(), answer.by(), answer.date(), Optional.of(c.number()))));
        });
        if (state == RoundState.DRAFT) {
            state = RoundState.COMPUTED;
        }
    }

    /** Whether the round was drafted. */
    boolean exists() {
        return drafted != null;
    }

    /** The round's state; asked of a round that {@link #exists()}. */
    RoundState state() {
        return Objects.requireNonNull(state, "the round was not drafted");
    }

    /** The round as it stands now; made once per change, of a round that {@link #exists()}. */
    Round snapshot() {
        Round known = snapshot;
        if (known == null) {
            Drafted d = Objects.requireNonNull(drafted, "the round was not drafted");
            known = new Round(d.draft(), d.evaluationName(), d.subjects(), d.date(), d.by(), state(),
                    computations, publicity, appeals, Optional.ofNullable(finalisation));
            snapshot = known;
        }
        return known;
    }
}
