package edu.yiban.scoring.student;

import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The students' comprehensive evaluation of one period (综合测评结果): every evaluated student's result, by
 * 学号, with what made them — the rule set and the indicator system, by code and version — so that a
 * result can be recomputed and checked years later. Ranks and awards are derived from it.
 *
 * <p><b>Ranks (排名)</b> within a class, major, college or cohort: by total (highest first), then by the
 * {@code tieBreak} parts' exact scores in order ({@link StudentResult#scores()}; as the rule set says, e.g.
 * 智育 then 德育), then by 学号 (ascending), so that every place is taken once; {@link Ranked#sharedRank()}
 * gives equal totals one place for display, and {@link Ranked#percentile()} the share placed below.
 *
 * <pre>{@code
 * StudentResults results = evaluation.evaluate(TermId.parse("2022-2023-1"));
 * List<Ranked> inClass = results.ranks(Grouping.CLASS);
 * AwardOutcome awards = results.awards(AwardPolicy.example());
 * }</pre>
 *
 * @param period         the period evaluated
 * @param ruleSet        the rule set's code
 * @param ruleSetVersion its version
 * @param system         the code of what scored the results: the indicator system's, or the rule set's when its own parts scored them
 * @param systemVersion  its version
 * @param tieBreak       the nodes whose scores break equal totals, in order, before the 学号
 * @param gates          the codes of every eligibility gate of the system
 * @param results        one result per evaluated student, by 学号
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StudentResults(
        EvaluationPeriod period,
        String ruleSet,
        String ruleSetVersion,
        String system,
        String systemVersion,
        List<String> tieBreak,
        List<String> gates,
        List<StudentResult> results) {

    public StudentResults {
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(ruleSet, "ruleSet is null");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion is null");
        Objects.requireNonNull(system, "system is null");
        Objects.requireNonNull(systemVersion, "systemVersion is null");
        tieBreak = List.copyOf(tieBreak);
        gates = List.copyOf(gates);
        results = results instanceof CompactResults ? results : List.copyOf(results);
    }

    /** The result of {@code student}, if they were evaluated. */
    public Optional<StudentResult> result(StudentNo student) {
        if (results instanceof CompactResults compact) {
            return compact.find(student);
        }
        return results.stream().filter(r -> r.student().equals(student)).findFirst();
    }

    /** Whether every result is complete: none read a value a plugin failed to give. */
    public boolean complete() {
        if (results instanceof CompactResults) {
            // the compiled pass runs only where no plugin measures anything
            return true;
        }
        return results.stream().allMatch(r -> r.result().complete());
    }

    /** The order of places: total, then the tie-break nodes' exact scores (highest first), then 学号 (inside {@link Ranking}). */
    public Comparator<SubjectResult> tieBreakOrder() {
        Map<String, StudentResult> bySubject = new HashMap<>();
        results.forEach(r -> bySubject.put(r.student().value(), r));
        Comparator<SubjectResult> order = Ranking.noTieBreak();
        for (String node : tieBreak) {
            Function<SubjectResult, BigDecimal> score = s -> {
                StudentResult r = bySubject.get(s.subject());
                return r == null ? BigDecimal.ZERO : r.score(node).orElse(BigDecimal.ZERO);
            };
            order = order.thenComparing(Comparator.comparing(score).reversed());
        }
        return order;
    }

    /** Every student's place within their group at {@code grouping}, ordered by group, then rank. */
    public List<Ranked> ranks(Grouping grouping) {
        if (results instanceof CompactResults compact && compact.tieBreak().equals(tieBreak)) {
            return compact.ranks(grouping);
        }
        Map<String, String> groupOf = new HashMap<>();
        List<SubjectResult> subjects = results.stream().map(StudentResult::result).toList();
        for (StudentResult r : results) {
            groupOf.put(r.student().value(), r.group(grouping));
        }
        return Ranking.rank(subjects, s -> groupOf.get(s.subject()), tieBreakOrder());
    }

    /** The awards and bands {@code policy} gives (see {@link AwardPolicy}). */
    public AwardOutcome awards(AwardPolicy policy) {
        return Awarding.award(this, AwardPolicy.checked(policy));
    }
}
