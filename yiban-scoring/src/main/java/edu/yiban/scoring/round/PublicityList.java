package edu.yiban.scoring.round;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Student;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.privacy.NameMasking;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

import static edu.yiban.scoring.internal.ScoringMessages.BUNDLE;

/**
 * The list a campus posts when it publicises a round's results (公示名单): one row a subject, in subject order, with its
 * total, ranks and band, and its name as the campus chooses to show names in public ({@link NameMasking}, the
 * {@linkplain RoundPolicy#publicNames() round policy's} choice; by default 张*明). A student's 学号 is shown whole, so a
 * student finds their row and can appeal; a college's name is never masked. Nothing of the explanations, vetoes or
 * appeals is in it: a subject reads their own with {@link EvaluationRounds#standing}.
 *
 * @param round          the round
 * @param evaluationName the evaluation's name
 * @param computation    the computation the results come from (the current one)
 * @param sha256         that computation's results hash, for anyone to check the list against the results
 * @param publicity      the standing publicity window, if the results are publicised now
 * @param names          how names are shown
 * @param rows           a row a subject, in subject order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PublicityList(
        RoundId round,
        Bilingual evaluationName,
        int computation,
        String sha256,
        Optional<PublicityWindow> publicity,
        NameMasking names,
        List<Row> rows) {

    public PublicityList {
        Objects.requireNonNull(round, "round is null");
        Objects.requireNonNull(evaluationName, "evaluationName is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        Objects.requireNonNull(names, "names is null");
        publicity = publicity == null ? Optional.empty() : publicity;
        rows = List.copyOf(rows);
    }

    /**
     * One subject's row.
     *
     * @param subject the subject: a 学号 or a college's code
     * @param name    its name as {@link PublicityList#names()} shows it; empty when the directory does not know it
     * @param total   its total
     * @param ranks   its places in its groups
     * @param band    its grade band, if the evaluation assigns one
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Row(String subject, String name, BigDecimal total, List<Ranked> ranks, Optional<Band> band) {
        public Row {
            Objects.requireNonNull(subject, "subject is null");
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(total, "total is null");
            ranks = List.copyOf(ranks);
            band = band == null ? Optional.empty() : band;
        }
    }

    /**
     * The list of {@code round}'s current results, names from {@code directory} shown as {@code names} chooses.
     *
     * @throws ConflictException if the round has no results yet
     */
    public static PublicityList of(Round round, CampusDirectory directory, NameMasking names) {
        Objects.requireNonNull(round, "round is null");
        Objects.requireNonNull(directory, "directory is null");
        Objects.requireNonNull(names, "names is null");
        Computation current = round.current().orElseThrow(() -> new ConflictException(
                BUNDLE.text("round.list.uncomputed", round.id(), round.state().label())));
        RoundResults results = current.results();
        List<Row> rows = new ArrayList<>(results.results().size());
        for (SubjectResult r : results.results()) {
            String name = round.subjects() == SubjectKind.COLLEGE ? collegeName(directory, r.subject())
                    : studentName(directory, r.subject()).map(names::apply).orElse("");
            rows.add(new Row(r.subject(), name, r.total(), results.ranksOf(r.subject()), results.band(r.subject())));
        }
        return new PublicityList(round.id(), round.evaluationName(), current.number(), current.sha256(), round.standingPublicity(), names,
                rows);
    }

    private static Optional<String> studentName(CampusDirectory directory, String subject) {
        try {
            return directory.student(StudentNo.of(subject)).map(Student::name);
        } catch (InvalidInputException notANumber) {
            return Optional.empty();
        }
    }

    private static String collegeName(CampusDirectory directory, String subject) {
        try {
            return directory.college(CollegeId.of(subject)).map(College::name).orElse("");
        } catch (InvalidInputException notACode) {
            return "";
        }
    }
}
