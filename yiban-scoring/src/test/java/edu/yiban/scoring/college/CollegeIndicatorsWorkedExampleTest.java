package edu.yiban.scoring.college;

import static edu.yiban.scoring.college.CollegeCampus.FROM;
import static edu.yiban.scoring.college.CollegeCampus.TO;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.RawValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five indicators of a college worked by hand on {@link CollegeCampus}, over 10–30 October 2022 (three
 * ISO weeks), and the college's score by the default preset.
 */
class CollegeIndicatorsWorkedExampleTest {
    private static CollegeCampus campus;
    private static CollegeMeasures measures;

    @BeforeAll
    static void measureTheCampus() {
        campus = CollegeCampus.build();
        measures = CollegeEvaluation.seed().measure(campus.core, campus.organisation, FROM, TO, List.of());
    }

    private static Measure edu(String indicator) {
        return measures.raw().get("EDU", indicator).orElseThrow();
    }

    @Test
    void everyCollegeWithAStudyingStudentIsMeasured() {
        assertThat(measures.raw().subjects()).containsOnlyKeys("EDU", "FL", "MATH");
        assertThat(measures.from()).isEqualTo(FROM);
        assertThat(measures.to()).isEqualTo(TO);
    }

    @Test
    void userCoverageCountsStudyingStudentsWhoAreMembersOnTheLastDay() {
        // studying on 30 Oct: E1–E8 (E9 suspended on 20 Oct) = 8; members that day: E1 E2 E3 E4 (EDU2201), E6 E7 (EDU2202) = 6
        // 6 / 8 = 0.7500
        Measure registered = edu("registered-share");
        assertThat(registered.value()).isEqualByComparingTo("0.7500");
        assertThat(registered.value().scale()).isEqualTo(4);
        assertThat(registered.source()).isEqualTo("class-spaces");
        assertThat(registered.asOf()).hasValue(TO);
        assertThat(registered.note().map(Bilingual::en)).hasValue(
                "6/8: of the 8 studying students of the college on 2022-10-30, 6 were members of its class spaces that day");
        assertThat(registered.note().map(Bilingual::zh)).hasValue("6/8：2022-10-30 本学院在读学生 8 人，其中 6 人当天是本学院班级空间成员");
    }

    @Test
    void theRealNameShareCountsEveryMemberAtTheEnd() {
        // members at the end: C1 E1 E2 E3 E4 (EDU2201) + C2 E6 E7 E9 (EDU2202) = 9; verified E1 E2 E3 + E6 = 4
        // 4 / 9 = 0.44444… → 0.4444 (half-up)
        assertThat(edu("verified-share").value()).isEqualByComparingTo("0.4444");
        assertThat(edu("verified-share").note().orElseThrow().en()).startsWith("4/9: ");
    }

    @Test
    void classActivityIsTheMeanOfTheClassesActiveMemberWeeksOverMemberWeeks() {
        // EDU2201, 5 members: W41 E1 E2 E3 (sign-ins), W42 E1 E2 (posts), W43 E1 (reply) → 3 + 2 + 1 = 6 of 3 × 5 = 15
        // EDU2202, 4 members (C2 E6 E7 E9): W41 E6, W42 E6 E7 (sign-ins), W43 C2 → 1 + 2 + 1 = 4 of 3 × 4 = 12
        // (6/15 + 4/12) / 2 = (2/5 + 1/3) / 2 = 11/30 = 0.36666… → 0.3667, rounded once
        Measure activity = edu("weekly-active-share");
        assertThat(activity.value()).isEqualByComparingTo("0.3667");
        assertThat(activity.note().orElseThrow().en())
                .isEqualTo("mean over 2 classes of active member-weeks / member-weeks over 3 weeks: EDU2201 6/15, EDU2202 4/12");
        assertThat(activity.note().orElseThrow().zh()).isEqualTo("2 个班级在 3 周内的（活跃成员人周 ÷ 成员人周）平均值：EDU2201 6/15、EDU2202 4/12");
    }

    @Test
    void promotionIsTheSignInRateToTheClassSpacesActivities() {
        // A1 (EDU2201): 3 sign-ins of 5 members; A2 (EDU2202): 2 of 4 → (3 + 2) / (5 + 4) = 5/9 = 0.5556
        assertThat(edu("sign-in-rate").value()).isEqualByComparingTo("0.5556");
        assertThat(edu("sign-in-rate").note().orElseThrow().en()).startsWith("5/9: sign-ins to the 2 activities");
    }

    @Test
    void teamBuildingIsTheCharterCompletenessAndTheSubStationSize() {
        // required by the seed charter for a college: the leading group, its leader, deputy, league secretary and a
        // counsellor, and the sub-station: 6 items, all filled → 6/6
        assertThat(edu("charter-completeness").value()).isEqualByComparingTo("1.0000");
        // E4 (head) and E5 on the sub-station: 2 × 100 / 8 studying students = 25.0000 per 100
        assertThat(edu("sub-station-per-100").value()).isEqualByComparingTo("25.0000");
        assertThat(edu("sub-station-per-100").note().orElseThrow().en())
                .isEqualTo("2 × 100 / 8: people holding posts in the college's sub-station on 2022-10-30, per 100 studying students");
        // MATH: the group, its leader and deputy; no league secretary, no counsellor, no sub-station → 3/6
        Measure math = measures.raw().get("MATH", "charter-completeness").orElseThrow();
        assertThat(math.value()).isEqualByComparingTo("0.5000");
        assertThat(math.note().orElseThrow().en()).endsWith(
                "missing: college-group.member.league-secretary, college-group.member.counsellors, sub-station");
    }

    @Test
    void stickinessCountsMembersActiveInAtLeastHalfTheWeeks() {
        // at least ⌈0.5 × 3⌉ = 2 of the 3 weeks: E1 (3), E2 (2) of EDU2201's 5; E6 (2) of EDU2202's 4 → 3/9 = 0.3333
        assertThat(edu("sticky-share").value()).isEqualByComparingTo("0.3333");
        assertThat(edu("sticky-share").note().orElseThrow().en())
                .isEqualTo("3/9: members of the class spaces active in at least 2 of the 3 weeks");
    }

    @Test
    void aClassWithoutASpaceCountsWithNoMembersAndNoActivity() {
        RawValues raw = measures.raw();
        assertThat(raw.get("FL", "registered-share").orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(raw.get("FL", "weekly-active-share").orElseThrow().note().orElseThrow().en()).endsWith("FL2201 no space open (0)");
        assertThat(raw.get("FL", "sign-in-rate").orElseThrow().note().orElseThrow().en()).startsWith("0/0: ");
    }

    @Test
    void theCollegesScoreByTheDefaultPreset() {
        CollegeReport report = CollegeEvaluation.seed().evaluate(measures);
        CollegeResult edu = report.result("EDU").orElseThrow();
        Explanation total = edu.result().explanation();

        // coverage: registered 0.75 / 0.95 × 100 = 78.9474; verified 0.4444 / 0.90 × 100 = 49.3778
        //           0.7 × 78.9474 + 0.3 × 49.3778 = 55.26318 + 14.81334 = 70.07652
        assertThat(total.find("coverage-registered").flatMap(Explanation::normalised)).hasValue(new java.math.BigDecimal("78.9474"));
        assertThat(total.find("coverage").orElseThrow().score()).isEqualByComparingTo("70.07652");
        // class activity 0.3667 / 0.60 × 100 = 61.1167; promotion 0.5556 / 0.80 × 100 = 69.4500
        assertThat(total.find("class-activity").orElseThrow().score()).isEqualByComparingTo("61.1167");
        assertThat(total.find("promotion").orElseThrow().score()).isEqualByComparingTo("69.45");
        // team: completeness 1 / 1 → 100; sub-station 25 / 1.5 → clipped to 100; 0.6 × 100 + 0.4 × 100 = 100
        assertThat(total.find("team").orElseThrow().score()).isEqualByComparingTo("100");
        // stickiness 0.3333 / 0.50 × 100 = 66.66
        assertThat(total.find("stickiness").orElseThrow().score()).isEqualByComparingTo("66.66");
        // total 0.25 × 70.07652 + 0.25 × 61.1167 + 0.20 × 69.45 + 0.15 × 100 + 0.15 × 66.66
        //     = 17.51913 + 15.279175 + 13.89 + 15 + 9.999 = 71.687305 → 71.69: tier 合格 (60 ≤ 71.69 < 75)
        assertThat(edu.result().total()).isEqualByComparingTo("71.69");
        assertThat(edu.tier().code()).isEqualTo("pass");
        // MATH: coverage 0.7 × 100 + 0.3 × 88.8889 = 96.66667; activity 0.4 → 66.6667; promotion 0/0 → 0;
        //       team 0.6 × 50 + 0.4 × 0 = 30; stickiness 0.4 → 80
        //       0.25 × 96.66667 + 0.25 × 66.6667 + 0 + 0.15 × 30 + 0.15 × 80 = 57.3333425 → 57.33
        assertThat(report.result("MATH").orElseThrow().result().total()).isEqualByComparingTo("57.33");
        assertThat(report.results()).extracting(CollegeResult::college).containsExactly("EDU", "MATH", "FL");
        assertThat(report.results()).extracting(r -> r.rank().rank()).containsExactly(1, 2, 3);
        // nobody reaches 85: no demonstration centre, and the selection says why
        assertThat(report.demonstration().chosen()).isEmpty();
        assertThat(report.demonstration().shortfall().map(Bilingual::en)).hasValue(
                "0 demonstration centres chosen, fewer than the minimum of 1: 0 colleges reached the threshold 85, 0 of them were left out by a tie at the cut");
    }

    @Test
    void theExplanationShowsEveryNodeWithItsMeasureAndNote() {
        CollegeResult edu = CollegeEvaluation.seed().evaluate(measures).result("EDU").orElseThrow();

        String en = edu.explain(Locale.ENGLISH);
        String zh = edu.explain(Locale.SIMPLIFIED_CHINESE);

        assertThat(en).startsWith("EDU: total 71.69, place 1 of 3, tier pass\n");
        assertThat(en).contains("      registered (coverage-registered): weight 0.7, score 78.95, contributes 55.26 to its parent\n"
                + "        raw value 0.7500, normalised 78.9474; source class-spaces, as of 2022-10-30: 6/8: of the 8 studying students");
        assertThat(zh).startsWith("EDU：总分 71.69，第 1 名（共 3 个学院），等级 合格\n");
        assertThat(zh).contains("班级活跃度（class-activity）：权重 0.25，得分 61.12");
    }

    @Test
    void measuringTwiceGivesTheSameValues() {
        CollegeMeasures again = CollegeEvaluation.seed().measure(campus.core, campus.organisation, FROM, TO, List.of());
        assertThat(again).isEqualTo(measures);
    }

    @Test
    void aDayAfterTheSuspensionTheSuspendedStudentIsNotCounted() {
        // on 19 Oct E9 was still studying and a member: 7 of 9 registered
        CollegeMeasures before = CollegeEvaluation.seed().measure(campus.core, campus.organisation, FROM, LocalDate.of(2022, 10, 19), List.of());
        assertThat(before.raw().get("EDU", "registered-share").map(Measure::value).map(v -> v.toPlainString())).isEqualTo(Optional.of("0.7778"));
    }
}
