package edu.yiban.scoring.college;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.college.DemonstrationDecision.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The demonstration-centre rule (示范中心) of the default preset — at least 1, at most 2, total at least 85,
 * no veto — worked by hand, above all at a tie at the cut.
 *
 * <pre>
 * college  registered verified activity sign-in complete sub/100 sticky │ coverage activity promotion team sticky │ total
 * A        0.95       0.90     0.60     0.80    1        1.5     0.50   │ 100      100      100       100  100    │ 100.00
 * B        0.855      0.81     0.48     0.72    1        1.5     0.45   │  90       80       90       100   90    │  89.00
 * C        0.76       0.72     0.54     0.72    1        1.5     0.45   │  80       90       90       100   90    │  89.00
 * D        = B                                                        │                                        │  89.00
 * E        0.76       0.72     0.48     0.64    1        1.5     0.40   │  80       80       80       100   80    │  83.00
 * </pre>
 * B: 0.25 × 90 + 0.25 × 80 + 0.20 × 90 + 0.15 × 100 + 0.15 × 90 = 22.5 + 20 + 18 + 15 + 13.5 = 89;
 * C: 0.25 × 80 + 0.25 × 90 + 18 + 15 + 13.5 = 89 — equal totals, but B's coverage (first in the priority) is higher;
 * E: 20 + 20 + 16 + 15 + 12 = 83, below 85.
 */
class DemonstrationCentresTest {
    static final String[] A = {"0.95", "0.90", "0.60", "0.80", "1", "1.5", "0.50"};
    static final String[] B = {"0.855", "0.81", "0.48", "0.72", "1", "1.5", "0.45"};
    static final String[] C = {"0.76", "0.72", "0.54", "0.72", "1", "1.5", "0.45"};
    static final String[] E = {"0.76", "0.72", "0.48", "0.64", "1", "1.5", "0.40"};

    private static CollegeReport evaluate(CollegeEvaluation evaluation, CollegeRaw raw) {
        return evaluation.evaluate(raw.measures());
    }

    @Test
    void theTotalsOfTheTableAreAsWorkedByHand() {
        CollegeReport report = evaluate(CollegeEvaluation.seed(), new CollegeRaw().put("A", A).put("B", B).put("C", C).put("E", E));
        assertThat(report.results()).extracting(r -> r.result().total())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("89"), new BigDecimal("89"), new BigDecimal("83"));
    }

    @Test
    void equalTotalsAreDecidedByThePriorityOrderCoverageFirst() {
        CollegeReport report = evaluate(CollegeEvaluation.seed(), new CollegeRaw().put("A", A).put("C", C).put("B", B).put("E", E));

        assertThat(report.results()).extracting(CollegeResult::college).containsExactly("A", "B", "C", "E");
        assertThat(report.result("C").orElseThrow().rank().sharedRank()).isEqualTo(2);   // equal totals share the place shown
        assertThat(report.demonstration().chosen()).containsExactly("A", "B");
        DemonstrationDecision c = report.demonstration().decision("C").orElseThrow();
        assertThat(c.outcome()).isEqualTo(Outcome.OUTRANKED);
        assertThat(c.reason().en()).isEqualTo("not chosen: total 89.00 qualifies, but 2 qualified colleges rank ahead of it for 2 places");
        assertThat(report.demonstration().decision("E").orElseThrow().outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
        assertThat(report.result("A").orElseThrow().demonstrationCentre()).isTrue();
        assertThat(report.result("A").orElseThrow().tier().name().zh()).isEqualTo("优秀");
    }

    @Test
    void collegesFullyTiedAtTheCutAreAllLeftOutAndTheSelectionSaysWhy() {
        // B and D: equal totals and equal scores of every priority node, straddling place 2 → neither; A alone
        CollegeReport report = evaluate(CollegeEvaluation.seed(), new CollegeRaw().put("A", A).put("B", B).put("D", B).put("E", E));

        assertThat(report.demonstration().chosen()).containsExactly("A");
        assertThat(report.demonstration().shortfall()).isEmpty();                      // 1 chosen: the minimum of 1 is met
        DemonstrationDecision b = report.demonstration().decision("B").orElseThrow();
        assertThat(b.outcome()).isEqualTo(Outcome.TIED_AT_CUT);
        assertThat(b.reason().en()).isEqualTo("not chosen: tied at the cut for place 2 with D (total 89.00, equal scores of "
                + "coverage, class-activity, promotion, team, stickiness); choosing all 2 of them would make 3 centres, "
                + "more than the maximum of 2, so none of them is chosen");
        assertThat(b.reason().zh()).isEqualTo("未入选：与 D 并列于第 2 个名额（总分 89.00，coverage, class-activity, promotion, team, stickiness "
                + "得分均相同）；2 个并列学院全部入选将有 3 个示范中心，超过最多 2 个，故均不入选");
        assertThat(report.demonstration().decision("D").orElseThrow().outcome()).isEqualTo(Outcome.TIED_AT_CUT);
        // the ranks still take every place once: B before D by college code, both shown as second
        assertThat(report.results()).extracting(r -> r.rank().rank()).containsExactly(1, 2, 3, 4);
        assertThat(report.results()).extracting(r -> r.rank().sharedRank()).containsExactly(1, 2, 2, 4);
    }

    @Test
    void collegesTiedWithinTheMaximumAreAllChosen() {
        CollegeReport report = evaluate(CollegeEvaluation.seed(), new CollegeRaw().put("B", B).put("D", B).put("E", E));

        assertThat(report.demonstration().chosen()).containsExactly("B", "D");
    }

    @Test
    void aTieAtTheOnlyPlaceLeavesNoCentreAndTheShortfallIsExplained() {
        CollegePreset seed = CollegePreset.seed();
        CollegeRules r = seed.rules();
        CollegeRules one = new CollegeRules(r.id(), r.name(), r.activeWeeksShare(), r.subStationKind(), r.priority(), r.tiers(),
                new DemonstrationRule(1, 1, new BigDecimal("85")));
        CollegeReport report = evaluate(CollegeEvaluation.of(CollegePreset.of(seed.system(), one)),
                new CollegeRaw().put("B", B).put("D", B).put("E", E));

        assertThat(report.demonstration().chosen()).isEmpty();
        assertThat(report.demonstration().shortfall().map(Bilingual::en)).hasValue("0 demonstration centres chosen, fewer than the "
                + "minimum of 1: 2 colleges reached the threshold 85, 2 of them were left out by a tie at the cut");
    }

    @Test
    void placesATieLeavesEmptyAreNotPassedDownToACollegeBehindTheTie() {
        // A, F and G all score 100 and tie fully for the 2 places; B (89) qualifies but is behind all three
        CollegeReport report = evaluate(CollegeEvaluation.seed(), new CollegeRaw().put("A", A).put("F", A).put("G", A).put("B", B));

        assertThat(report.demonstration().chosen()).isEmpty();
        assertThat(report.demonstration().decisions()).extracting(DemonstrationDecision::outcome)
                .containsExactly(Outcome.TIED_AT_CUT, Outcome.TIED_AT_CUT, Outcome.TIED_AT_CUT, Outcome.OUTRANKED);
        assertThat(report.demonstration().decision("B").orElseThrow().reason().en())
                .isEqualTo("not chosen: total 89.00 qualifies, but 3 qualified colleges rank ahead of it for 2 places");
        assertThat(report.demonstration().shortfall().map(Bilingual::zh)).hasValue(
                "仅选出 0 个示范中心，少于最少 1 个：达到分数线 85 的学院 4 个，其中 3 个因名额线上并列而未入选");
    }

    @Test
    void theThresholdIsNeverLoweredToReachTheMinimum() {
        CollegeReport report = evaluate(CollegeEvaluation.seed(), new CollegeRaw().put("E", E));

        assertThat(report.demonstration().chosen()).isEmpty();
        assertThat(report.demonstration().decision("E").orElseThrow().reason().zh()).isEqualTo("未入选：总分 83.00 低于分数线 85");
        assertThat(report.demonstration().shortfall()).isPresent();
    }
}
