package edu.yiban.scoring.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** The records of a round's stream {@code round:<code>}; each carries the day and the person who took the step. */
sealed interface RoundEvent {

    /** The day of the step. */
    LocalDate date();

    /** Who took it. */
    PersonId by();

    /** The round was drafted; {@code draft} names the publicity rule the round uses. */
    record Drafted(RoundDraft draft, Bilingual evaluationName, SubjectKind subjects, LocalDate date, PersonId by) implements RoundEvent {
    }

    /**
     * Results were computed, the whole results in this one record: the format before results were paged
     * ({@code round.computed}), still read so that older streams replay; no longer written.
     */
    record Computed(int number, Optional<Integer> appeal, String sha256, RoundResults results, LocalDate date, PersonId by)
            implements RoundEvent {
    }

    /**
     * Results were computed — the first time, again before publicity, or after the upheld appeal {@code appeal} — and
     * follow in {@code pages} {@link ResultsPage} records of the same batch. {@code sha256} covers the whole results
     * ({@link RoundResults#sha256()}); {@code subjects}, {@code ranks} and {@code bands} count them.
     */
    record ComputationStarted(int number, Optional<Integer> appeal, String sha256, int subjects, int ranks, int bands, int pages,
                              Optional<String> rules, LocalDate date, PersonId by) implements RoundEvent {
    }

    /**
     * Page {@code page} (from 1) of computation {@code computation}'s results: a run of subjects in subject order,
     * with their results, ranks and bands.
     */
    record ResultsPage(int computation, int page, List<SubjectResult> results, List<Ranked> ranks, SortedMap<String, Band> bands,
                       LocalDate date, PersonId by) implements RoundEvent {
    }

    /** Computation {@code computation} was publicised from {@code from} to {@code until}. */
    record Publicised(int computation, LocalDate from, LocalDate until, PublicityRule rule, LocalDate date, PersonId by)
            implements RoundEvent {
    }

    /** The standing publicity was withdrawn: the upheld appeal {@code appeal} changed the results (computation {@code supersededBy}). */
    record PublicityWithdrawn(int supersededBy, int appeal, LocalDate date, PersonId by) implements RoundEvent {
    }

    /** An appeal was filed against computation {@code computation}. */
    record AppealFiled(int number, AppealRequest request, int computation, LocalDate date, PersonId by) implements RoundEvent {
    }

    /** An appeal was answered. */
    record AppealAnswered(int number, Ruling ruling, LocalDate date, PersonId by) implements RoundEvent {
    }

    /** The round was finalised with computation {@code computation}. */
    record Finalised(int computation, String sha256, LocalDate date, PersonId by) implements RoundEvent {
    }

    /** The codec of these records, with their stable type names. */
    static RecordCodec<RoundEvent> codec(ObjectMapper mapper, RecordCodec.Admission<RoundEvent> admission) {
        return RecordCodec.builder(RoundEvent.class, mapper)
                .admission(admission)
                .add("round.drafted", Drafted.class)
                .add("round.computed", Computed.class)
                .add("round.computation", ComputationStarted.class)
                .add("round.results-page", ResultsPage.class)
                .add("round.publicised", Publicised.class)
                .add("round.publicity-withdrawn", PublicityWithdrawn.class)
                .add("round.appeal-filed", AppealFiled.class)
                .add("round.appeal-answered", AppealAnswered.class)
                .add("round.finalised", Finalised.class)
                .build();
    }
}
