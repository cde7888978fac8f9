package edu.yiban.scoring.internal.round;

import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.college.CollegeEvaluation;
import edu.yiban.scoring.college.CollegeReport;
import edu.yiban.scoring.college.CollegeResult;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.round.Band;
import edu.yiban.scoring.round.RoundEvaluation;
import edu.yiban.scoring.round.RoundResults;
import edu.yiban.scoring.round.RoundScope;
import edu.yiban.scoring.round.SubjectKind;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.EvaluationPeriod;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/** The students' and colleges' evaluations as evaluations a round runs. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EvaluationAdapters {
    private EvaluationAdapters() {
    }

    /**
     * The students' comprehensive evaluation for rounds: results of the round's term or year, ranks within
     * class, major, college and cohort, and the bands {@code awards} gives.
     */
    public static RoundEvaluation students(String id, String version, StudentEvaluation students, AwardPolicy awards) {
        return RoundEvaluation.of(id, version, ScoringMessages.bilingual("round.evaluation.students"), scope -> {
            EvaluationPeriod period = scope.period().termId().map(EvaluationPeriod::term)
                    .orElseGet(() -> EvaluationPeriod.year(scope.period().year()));
            StudentResults results = students.evaluate(period);
            List<SubjectResult> subjects = results.results().stream().map(StudentResult::result).toList();
            List<Ranked> ranks = new ArrayList<>();
            for (Grouping grouping : Grouping.values()) {
                ranks.addAll(results.ranks(grouping));
            }
            Map<String, Bilingual> levelNames = new TreeMap<>();
            awards.bands().levels().forEach(level -> levelNames.put(level.code(), level.name()));
            SortedMap<String, Band> bands = new TreeMap<>();
            // an incomplete result decides nothing, not even a band: the round refuses such results by their own rule
            if (results.results().stream().allMatch(r -> r.result().complete())) {
                AwardOutcome outcome = results.awards(awards);
                for (AwardOutcome.Standing standing : outcome.standings()) {
                    Bilingual name = levelNames.get(standing.band());
                    if (name != null) {
                        bands.put(standing.student().value(), new Band(standing.band(), name));
                    }
                }
            }
            String rules = results.ruleSet() + " " + results.ruleSetVersion()
                    + (results.system().equals(results.ruleSet()) ? "" : "; " + results.system() + " " + results.systemVersion());
            return new RoundResults(subjects, ranks, bands, java.util.Optional.of(rules));
        });
    }

    /**
     * The colleges' YiBan construction evaluation for rounds: the period runs from the first day of the
     * round's first term to the last day of its last term; the bands are the colleges' tiers.
     */
    public static RoundEvaluation colleges(String id, String version, CollegeEvaluation colleges, YibanCore core,
                                           YibanOrganisation organisation) {
        return RoundEvaluation.of(id, version, ScoringMessages.bilingual("round.evaluation.colleges"),
                SubjectKind.COLLEGE, scope -> {
                    LocalDate from = term(core, scope, 0).start();
                    LocalDate to = term(core, scope, scope.terms().size() - 1).end();
                    CollegeReport report = colleges.run(core, organisation, from, to, List.of());
                    List<SubjectResult> subjects = report.results().stream().map(CollegeResult::result).toList();
                    List<Ranked> ranks = report.results().stream().map(CollegeResult::rank).toList();
                    SortedMap<String, Band> bands = new TreeMap<>();
                    for (CollegeResult r : report.results()) {
                        bands.put(r.college(), new Band(r.tier().code(), r.tier().name()));
                    }
                    return new RoundResults(subjects, ranks, bands);
                });
    }

    private static Term term(YibanCore core, RoundScope scope, int index) {
        return core.directory().term(scope.terms().get(index)).orElseThrow();
    }
}
