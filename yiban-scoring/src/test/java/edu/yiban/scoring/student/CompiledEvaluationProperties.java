package edu.yiban.scoring.student;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The compiled evaluation (one fixed-point pass over a term's columns, explanations made when asked) against the
 * explaining engine, over random campuses ({@link RuleSetProperties.Case}) and random rule sets of the shapes the pass
 * compiles: {@link ValidRuleSets} without part formulas, points by days held, and vetoes or gates on measures other
 * than a part's points or a severity. Highest-only groups, sums of bands and trimmed means stay in: their students
 * are tallied by the explaining engine within the compiled pass, beside the others.
 */
class CompiledEvaluationProperties {
    private static final List<EvaluationPeriod> PERIODS = List.of(EvaluationPeriod.term(StudentCampus.T2022_1),
            EvaluationPeriod.term(StudentCampus.T2022_2), EvaluationPeriod.year(StudentCampus.Y2022));

    @Provide
    Arbitrary<RuleSetProperties.Case> compiledCases() {
        return RuleSetProperties.cases(ValidRuleSets.ruleSets().map(CompiledEvaluationProperties::compiledShape)
                .filter(CompiledEvaluationProperties::valid));
    }

    @Property(tries = 150)
    void everyStudentsExplanationAddsUpToTheCompiledResultExactly(@ForAll("compiledCases") RuleSetProperties.Case c) {
        try (StudentCampus campus = new StudentCampus()) {
            c.build(campus);
            StudentEvaluation evaluation = c.evaluation(campus);
            for (EvaluationPeriod period : PERIODS) {
                StudentResults results = evaluation.evaluate(period);
                Statistics.label("compiled").collect(results.results() instanceof CompactResults);
                if (!(results.results() instanceof CompactResults compiled)) {
                    // parts nested so deep, under weights of so many decimals, that an exact score needs more than 18
                    continue;
                }
                List<BigDecimal> totals = new ArrayList<>();
                for (int i = 0; i < compiled.size(); i++) {
                    totals.add(compiled.total(i));
                }
                Map<Grouping, List<Ranked>> ranks = new HashMap<>();
                for (Grouping grouping : Grouping.values()) {
                    ranks.put(grouping, results.ranks(grouping));
                }

                for (int i = 0; i < compiled.size(); i++) {
                    StudentResult explained = compiled.get(i);
                    String at = period + " " + explained.student().value();

                    assertThat(explained.total()).as("%s: the explanation's total is the compiled total", at).isEqualTo(totals.get(i));
                    assertThat(explained.result().explanation().scoreShown()).as("%s: the explanation as shown", at).isEqualTo(totals.get(i));
                    RuleSetProperties.addsUp(explained.result().explanation(), at + ": " + explained.result().explanation().code());
                    assertThat(explained.result().eligible()).as("%s: eligibility", at).isEqualTo(compiled.eligible(i));
                }
                List<SubjectResult> subjects = results.results().stream().map(StudentResult::result).toList();
                Map<String, StudentResult> byStudent = new HashMap<>();
                results.results().forEach(r -> byStudent.put(r.student().value(), r));
                for (Grouping grouping : Grouping.values()) {
                    assertThat(ranks.get(grouping)).as("%s: ranks by %s from the columns and from the explanations", period, grouping)
                            .isEqualTo(Ranking.rank(subjects, s -> byStudent.get(s.subject()).group(grouping), results.tieBreakOrder()));
                }
            }
        }
        Statistics.label("compiled").coverage(coverage -> coverage.check(true).percentage(p -> p >= 80));
    }

    @Provide
    Arbitrary<AwardPolicy> awardPolicies() {
        return StudentArbitraries.awardPolicies();
    }

    @Property(tries = 100)
    void theCompiledPassGivesTheResultsRanksAndAwardsOfTheExplainingEngine(@ForAll("compiledCases") RuleSetProperties.Case c,
                                                                         @ForAll("awardPolicies") AwardPolicy policy) {
        try (StudentCampus campus = new StudentCampus()) {
            c.build(campus);
            StudentEvaluation compiled = c.evaluation(campus);
            // a source of extra measures, measuring nothing, keeps an evaluation off the compiled pass
            StudentEvaluation explaining = StudentEvaluation.builder(campus.core).rules(RuleSets.of(c.rules())).measures(new ExtraMeasures() {
                @Override
                public Set<String> indicators() {
                    return Set.of();
                }

                @Override
                public RawValues measure(EvaluationPeriod period, SortedSet<String> students) {
                    return RawValues.builder().build();
                }
            }).build();
            for (EvaluationPeriod period : PERIODS) {
                StudentResults byPass = compiled.evaluate(period);
                StudentResults byEngine = explaining.evaluate(period);

                assertThat(byEngine.results()).isNotInstanceOf(CompactResults.class);
                assertThat(byPass.ranks(Grouping.CLASS)).as("%s: places in class", period).isEqualTo(byEngine.ranks(Grouping.CLASS));
                assertThat(outcome(byPass, policy)).as("%s: awards", period).isEqualTo(outcome(byEngine, policy));
                assertThat(byPass).as("%s: every result, line and explanation", period).isEqualTo(byEngine);
            }
        }
    }

    /** The awards {@code policy} gives, or the words of its refusal. */
    private static Object outcome(StudentResults results, AwardPolicy policy) {
        try {
            return results.awards(policy);
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** {@code set} without what the pass does not compile. */
    private static RuleSet compiledShape(RuleSet set) {
        List<Rule> rules = set.rules().stream().map(r -> new Rule(r.code(), r.name(), r.category(), r.when(), r.part(), r.method(), r.team(),
                Optional.empty(), r.highestOnly().filter(h -> h.over() != Rule.Over.DAY), r.severity())).toList();
        Set<String> severities = Set.copyOf(rules.stream().flatMap(r -> r.severity().stream()).toList());
        List<String> points = set.parts().flatten().stream().map(p -> StudentEvaluation.points(p.code())).toList();
        return new RuleSet(set.id(), set.name(), set.version(), set.year(), set.description(), withoutFormulas(set.parts()), rules, set.limits(),
                List.of(), set.vetoes().stream().filter(v -> points.contains(v.indicator()) || severities.contains(v.indicator())).toList(),
                set.gates().stream().filter(g -> points.contains(g.indicator()) || severities.contains(g.indicator())).toList(),
                set.tieBreak(), set.yearRule(), set.graduation());
    }

    private static Part withoutFormulas(Part part) {
        return new Part(part.code(), part.name(), part.weight(), part.base(), part.fallback(), Optional.empty(), part.floor(), part.cap(),
                part.children().stream().map(CompiledEvaluationProperties::withoutFormulas).toList());
    }

    private static boolean valid(RuleSet set) {
        try {
            RuleSet.checked(set);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
