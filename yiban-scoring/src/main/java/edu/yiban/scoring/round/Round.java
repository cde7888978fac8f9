package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An evaluation round (测评批次) as its ledger stream tells it: the draft, the state, every computation
 * (the last is current), every publicity window, every appeal with its answer, and the finalisation.
 * A snapshot: later steps do not change it.
 *
 * @param draft          what is evaluated, with the publicity rule the round uses
 * @param evaluationName the evaluation's name when the round was drafted
 * @param subjects       whom the evaluation scores
 * @param drafted        the day it was drafted
 * @param draftedBy      who drafted it
 * @param state          where it stands
 * @param computations   every computation, in order
 * @param publicity      every publicity window, in order
 * @param appeals        every appeal, in order
 * @param finalisation   the finalisation, once final
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Round(
        RoundDraft draft,
        Bilingual evaluationName,
        SubjectKind subjects,
        LocalDate drafted,
        PersonId draftedBy,
        RoundState state,
        List<Computation> computations,
        List<PublicityWindow> publicity,
        List<Appeal> appeals,
        Optional<Finalisation> finalisation) {

    public Round {
        Objects.requireNonNull(draft, "draft is null");
        Objects.requireNonNull(evaluationName, "evaluationName is null");
        Objects.requireNonNull(subjects, "subjects is null");
        Objects.requireNonNull(drafted, "drafted is null");
        Objects.requireNonNull(draftedBy, "draftedBy is null");
        Objects.requireNonNull(state, "state is null");
        computations = List.copyOf(computations);
        publicity = List.copyOf(publicity);
        appeals = List.copyOf(appeals);
        finalisation = finalisation == null ? Optional.empty() : finalisation;
    }

    /** The round's code. */
    public RoundId id() {
        return draft.id();
    }

    /** The current computation: the last one, if any. */
    public Optional<Computation> current() {
        return computations.isEmpty() ? Optional.empty() : Optional.of(computations.get(computations.size() - 1));
    }

    /** Computation {@code number}, if there is one. */
    public Optional<Computation> computation(int number) {
        return number >= 1 && number <= computations.size() ? Optional.of(computations.get(number - 1)) : Optional.empty();
    }

    /** The publicity window that stands: the last one, unless it was withdrawn. */
    public Optional<PublicityWindow> standingPublicity() {
        return publicity.isEmpty() ? Optional.empty()
                : Optional.of(publicity.get(publicity.size() - 1)).filter(PublicityWindow::standing);
    }

    /** Appeal {@code number}, if there is one. */
    public Optional<Appeal> appeal(int number) {
        return number >= 1 && number <= appeals.size() ? Optional.of(appeals.get(number - 1)) : Optional.empty();
    }

    /** The appeals not yet answered. */
    public List<Appeal> unanswered() {
        return appeals.stream().filter(a -> !a.answered()).toList();
    }

    /** What the current results say of {@code subject}, if it has a result (see {@link Standing}). */
    public Optional<Standing> standing(String subject) {
        return current().flatMap(c -> c.results().result(subject).map(result -> new Standing(id(), state, c.number(), c.sha256(),
                result, c.results().ranksOf(subject), c.results().band(subject),
                appeals.stream().filter(a -> a.subject().equals(subject)).toList(), standingPublicity())));
    }
}
