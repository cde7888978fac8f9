package edu.yiban.org.budget;

import static edu.yiban.org.budget.Colleges.EDU;
import static edu.yiban.org.budget.Colleges.LIT;
import static edu.yiban.org.budget.Colleges.MATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.org.Refused;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The YiBan special budget: a year's plan that must add up to the total exactly, allocations to the
 * colleges by each built-in policy (worked examples), refusals that write nothing, and a budget rebuilt
 * from its streams.
 */
class BudgetTest {
    private static final Year Y2023 = Year.of(2023);
    private static final BudgetCategoryId OFFLINE = BudgetCategoryId.of("offline-activities");
    private static final BudgetCategoryId AWARDS = BudgetCategoryId.of("awards");
    private static final LocalDate MARCH_1 = LocalDate.of(2023, 3, 1);

    private final LedgerStore store = LedgerStore.inMemory();
    // 教育学院 1200, 文学院 950, 数学与统计学院 351 studying students: 2501 in all
    private final YibanCore core = Colleges.campus(store, 1200, 950, 351);
    private final Budget budget = Budget.open(core, BudgetPreset.seed());

    /** A 2023 plan over the nine categories that adds up to 400,000.00 (the amounts are this test's, not the seed's). */
    static List<BudgetLine> lines2023() {
        return List.of(
                BudgetLine.of("awards", "20000"),
                BudgetLine.of("hardware", "60000"),
                BudgetLine.of("software-development", "80000"),
                BudgetLine.of("technical-services", "30000"),
                BudgetLine.of("team-training", "40000"),
                BudgetLine.of("publicity-materials", "20000"),
                BudgetLine.of("advertising-channels", "20000"),
                BudgetLine.of("offline-activities", "100000"),
                BudgetLine.of("yiban-projects", "30000"));
    }

    private void plan2023() {
        budget.planYear(Y2023, lines2023());
    }

    @Test
    void theSeedBudgetIsAbout400000YuanAYearOverTheNineCategoriesOfTheSeed() {
        BudgetPreset seed = BudgetPreset.seed();

        assertThat(seed.yearlyTotal()).isEqualTo(Money.of("400000.00"));
        assertThat(seed.categories()).extracting(BudgetCategory::name).containsExactly(
                "硬件设备购置", "软件开发", "技术服务", "工作队伍教育培训", "宣传品材料与制作",
                "广告与宣传渠道建设", "线下活动开展", "易班项目设立", "评奖评优");
        assertThat(seed.categories()).allSatisfy(c -> assertThat(c.nameEn()).isPresent());
    }

    @Test
    void anotherUniversityLoadsItsOwnBudgetAndPlansItsYearAgainstIt() {
        BudgetPreset ours = BudgetPreset.fromJson(new java.io.ByteArrayInputStream("""
                {"yearlyTotal": 250000,
                 "categories": [
                   {"id": "platform", "name": "平台运维"},
                   {"id": "activities", "name": "线上线下活动", "nameEn": "Activities"},
                   {"id": "colleges", "name": "学院易班建设", "nameEn": "College YiBan work"}
                 ]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Budget theirs = Budget.open(core, ours);

        YearBudget planned = theirs.planYear(Y2023, List.of(BudgetLine.of("colleges", "100000"),
                BudgetLine.of("platform", "50000"), BudgetLine.of("activities", "100000")));

        assertThat(ours.yearlyTotal()).isEqualTo(Money.of("250000.00"));
        assertThat(ours.category(BudgetCategoryId.of("platform")).orElseThrow().name(Locale.ENGLISH)).isEqualTo("平台运维");
        assertThat(planned.lines()).extracting(l -> l.category().value()).containsExactly("platform", "activities", "colleges");
        assertThatThrownBy(() -> theirs.planYear(Year.of(2024), List.of(BudgetLine.of("hardware", "250000"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aYearPlannedWithLinesAddingUpToTheTotalIsKeptInThePresetsOrder() {
        YearBudget planned = budget.planYear(Y2023, lines2023());

        assertThat(planned.total()).isEqualTo(Money.of("400000"));
        assertThat(planned.lines()).extracting(l -> l.category().value()).startsWith("hardware").endsWith("awards");
        assertThat(planned.amount(OFFLINE)).isEqualTo(Money.of("100000.00"));
        assertThat(budget.year(Y2023)).contains(planned);
        assertThat(core.ledger().read(StreamId.of("budget:2023"), 1)).extracting(r -> r.type()).containsExactly("budget.year-planned");
    }

    @Test
    void categoryAmountsNotAddingUpToTheTotalAreRefusedInChineseAndEnglishAndNothingIsWritten() {
        List<BudgetLine> short1 = List.of(BudgetLine.of("hardware", "60000"), BudgetLine.of("software-development", "339999.99"));

        Violation v = Refused.violation(() -> budget.planYear(Y2023, short1));
        assertThat(v.path()).isEqualTo("lines");
        assertThat(v.zh()).isEqualTo("2023 年度各支出类别合计 399999.99，不等于预算总额 400000.00（相差 0.01）；各类别金额之和必须与总额分毫不差");
        assertThat(v.en()).isEqualTo("the categories of the 2023 budget add up to 399999.99, not to its total 400000.00 "
                + "(difference 0.01); they must add up exactly, to the fen");
        assertThat(budget.version(Y2023)).isZero();
        assertThat(store.streams()).doesNotContain(StreamId.of("budget:2023"));
        assertThat(budget.year(Y2023)).isEmpty();
    }

    @Test
    void aCategoryOutsideThePresetOrAYearPlannedTwiceIsRefused() {
        Violation v = Refused.violation(() -> budget.planYear(Y2023, List.of(BudgetLine.of("travel", "400000"))));
        assertThat(v.path()).isEqualTo("lines[0].category");
        assertThat(v.zh()).isEqualTo("预算中没有支出类别 travel");
        plan2023();
        assertThatThrownBy(this::plan2023)
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("the 2023 budget is already planned; revise it instead"));
        assertThat(budget.version(Y2023)).isEqualTo(1);
    }

    @Test
    void byStudentCountsTheLeftOverFenGoesToTheLargestRemainder() {
        plan2023();
        budget.reviseYear(new YearBudget(Y2023, Money.of("400000"), List.of(BudgetLine.of("offline-activities", "400000"))),
                "全部用于学院易班建设");

        Allocation a = budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("400000"), MARCH_1), AllocationPolicies.perStudent());

        // 400,000.00 yuan = 40,000,000 fen by 1200 : 950 : 351 students (S = 2501):
        //   EDU  40,000,000 × 1200 / 2501 = 19,192,323 fen, remainder  177/2501 (.071)
        //   LIT  40,000,000 ×  950 / 2501 = 15,193,922 fen, remainder 1078/2501 (.431)
        //   MATH 40,000,000 ×  351 / 2501 =  5,613,754 fen, remainder 1246/2501 (.498)
        // whole fen: 39,999,999; the 1 fen left goes to the largest remainder, MATH: 5,613,755
        assertThat(a.amounts()).containsExactly(
                entry(EDU, Money.of("191923.23")), entry(LIT, Money.of("151939.22")), entry(MATH, Money.of("56137.55")));
        assertThat(a.shares()).extracting(CollegeShare::students).containsExactly(1200, 950, 351);
        assertThat(a.policy().id()).isEqualTo("per-student");
        assertThat(a.number()).isEqualTo(1);
        assertThat(budget.allocated(Y2023, OFFLINE)).isEqualTo(Money.of("400000"));
    }

    @Test
    void byEvaluationScoreSharesFollowTheScores() {
        plan2023();
        Map<edu.yiban.core.id.CollegeId, BigDecimal> scores = Map.of(
                EDU, new BigDecimal("92.5"), LIT, new BigDecimal("88"), MATH, new BigDecimal("79.5"));

        Allocation a = budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("100000"), MARCH_1, scores), AllocationPolicies.byScore());

        // 100,000.00 yuan = 10,000,000 fen by 92.5 : 88 : 79.5 (sum 260):
        //   EDU  10,000,000 × 92.5 / 260 = 3,557,692 fen, remainder .308
        //   LIT  10,000,000 × 88   / 260 = 3,384,615 fen, remainder .385
        //   MATH 10,000,000 × 79.5 / 260 = 3,057,692 fen, remainder .308
        // whole fen: 9,999,999; the 1 fen left goes to LIT
        assertThat(a.amounts()).containsExactly(
                entry(EDU, Money.of("35576.92")), entry(LIT, Money.of("33846.16")), entry(MATH, Money.of("30576.92")));
        assertThat(a.shares()).extracting(CollegeShare::weight).containsExactly(
                new BigDecimal("92.5"), new BigDecimal("88"), new BigDecimal("79.5"));
    }

    @Test
    void equalSharesBreakATieOfRemaindersByCollegeCode() {
        plan2023();

        Allocation a = budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("100000"), MARCH_1), AllocationPolicies.equalShare());

        // 10,000,000 fen / 3 = 3,333,333 fen each, remainder 1 each: 9,999,999 handed out, the 1 fen left
        // goes to the first college code among equal remainders, EDU
        assertThat(a.amounts()).containsExactly(
                entry(EDU, Money.of("33333.34")), entry(LIT, Money.of("33333.33")), entry(MATH, Money.of("33333.33")));
    }

    @Test
    void anEqualBasePlusPerCapitaSharesAFractionEquallyAndTheRestPerStudent() {
        plan2023();

        Allocation a = budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("100000"), MARCH_1),
                AllocationPolicies.basePlusPerCapita(new BigDecimal("0.30")));

        // A = 10,000,000 fen, f = 0.3, n = 3, S = 2501; share = A·(f/n + (1−f)·s/S) = 1,000,000 + 7,000,000·s/2501
        //   EDU  1,000,000 + 7,000,000 × 1200 / 2501 = 4,358,656.54 fen
        //   LIT  1,000,000 + 7,000,000 ×  950 / 2501 = 3,658,936.43 fen
        //   MATH 1,000,000 + 7,000,000 ×  351 / 2501 = 1,982,407.04 fen
        // whole fen: 9,999,999; the 1 fen left goes to EDU (.54)
        // weights f·S + (1−f)·n·s = 750.3 + 2.1·s: 3270.3, 2745.3, 1487.4 (sum 7503 = n·S)
        assertThat(a.amounts()).containsExactly(
                entry(EDU, Money.of("43586.57")), entry(LIT, Money.of("36589.36")), entry(MATH, Money.of("19824.07")));
        assertThat(a.shares()).extracting(CollegeShare::weight).containsExactly(
                new BigDecimal("3270.3"), new BigDecimal("2745.3"), new BigDecimal("1487.4"));
        assertThat(a.policy().parameters()).containsExactly(entry("baseFraction", "0.3"));
    }

    @Test
    void anAllocationExplainsItselfInChineseAndEnglish() {
        plan2023();

        Allocation a = budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("100000"), MARCH_1),
                AllocationPolicies.basePlusPerCapita(new BigDecimal("0.3")));

        assertThat(a.explain(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "2023 年度第 1 笔划拨（2023-03-01）：从支出类别 offline-activities 划拨 100000.00 元，标准为“基数加人头”（base-plus-per-capita）baseFraction=0.3",
                "EDU：学生 1200 人，评价得分 —，权重 3270.3／7503，划拨 43586.57 元",
                "LIT：学生 950 人，评价得分 —，权重 2745.3／7503，划拨 36589.36 元",
                "MATH：学生 351 人，评价得分 —，权重 1487.4／7503，划拨 19824.07 元");
        assertThat(a.explain(Locale.ENGLISH).get(0)).isEqualTo(
                "2023 allocation no. 1 of 2023-03-01: 100000.00 yuan from category offline-activities, "
                        + "by \"Equal base plus per capita\" (base-plus-per-capita) baseFraction=0.3");
    }

    @Test
    void onlyStudyingStudentsAreCounted() {
        core.directory().changeStatus(StudentNo.of("MATH000000"), new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2023, 2, 20)));
        core.directory().changeStatus(StudentNo.of("MATH000001"), new StatusChange(StudentStatus.WITHDRAWN, LocalDate.of(2023, 2, 20)));

        assertThat(budget.context(Map.of()).colleges()).extracting(CollegeFigures::students).containsExactly(1200, 950, 349);
    }

    @Test
    void anAllocationCountsTheStudentsStudyingOnItsDate() {
        plan2023();
        core.directory().changeStatus(StudentNo.of("MATH000000"), new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2023, 2, 20)));
        core.directory().changeStatus(StudentNo.of("MATH000001"), new StatusChange(StudentStatus.WITHDRAWN, LocalDate.of(2023, 4, 1)));

        assertThat(budget.context(MARCH_1, Map.of()).colleges()).extracting(CollegeFigures::students).containsExactly(1200, 950, 350);
        assertThat(budget.context(Map.of()).colleges()).extracting(CollegeFigures::students).containsExactly(1200, 950, 349);
        Allocation a = budget.allocate(new AllocationRequest(Y2023, AWARDS, Money.of("15000"), MARCH_1), AllocationPolicies.perStudent());
        assertThat(a.shares()).extracting(CollegeShare::students).containsExactly(1200, 950, 350);
    }

    @Test
    void anAllocationBeyondWhatIsLeftOnItsLineIsRefusedAndNothingIsWritten() {
        plan2023();
        budget.allocate(new AllocationRequest(Y2023, AWARDS, Money.of("15000"), MARCH_1), AllocationPolicies.equalShare());

        assertThatThrownBy(() -> budget.allocate(new AllocationRequest(Y2023, AWARDS, Money.of("5000.01"), MARCH_1), AllocationPolicies.equalShare()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                            "2023 年度从支出类别 awards 划拨 5000.01，超过该科目余额 5000.00（预算 20000.00，已划拨 15000.00）");
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                            "allocating 5000.01 from category awards in 2023 is more than is left on its line: 5000.00 (of 20000.00, 15000.00 already allocated)");
                });
        assertThat(budget.version(Y2023)).isEqualTo(2);
        assertThat(budget.allocations(Y2023)).hasSize(1);
    }

    @Test
    void anAllocationInAYearWithoutABudgetIsRefused() {
        assertThatThrownBy(() -> budget.allocate(new AllocationRequest(Year.of(2024), AWARDS, Money.of("1"), MARCH_1), AllocationPolicies.equalShare()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.message(Locale.ENGLISH)).isEqualTo("there is no budget for 2024"));
    }

    @Test
    void allocatingByScoreWithoutEveryCollegesScoreIsRefusedNamingTheCollege() {
        plan2023();

        Violation v = Refused.violation(() -> budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("1000"), MARCH_1,
                Map.of(EDU, BigDecimal.TEN, LIT, BigDecimal.ONE)), AllocationPolicies.byScore()));
        assertThat(v.path()).isEqualTo("scores[MATH]");
        assertThat(v.zh()).isEqualTo("学院 MATH 没有建设评价得分；按得分划拨需要每个学院的得分");
        assertThat(v.en()).isEqualTo("college MATH has no evaluation score; allocating by score needs every college's score");
        assertThatThrownBy(() -> budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("1000"), MARCH_1,
                Map.of(edu.yiban.core.id.CollegeId.of("ART"), BigDecimal.TEN)), AllocationPolicies.byScore()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).path()).isEqualTo("scores[ART]"));
        assertThat(budget.allocations(Y2023)).isEmpty();
    }

    @Test
    void scoresThatAreAllZeroAreRefusedForTheyGiveNothingToDivideBy() {
        plan2023();
        Map<edu.yiban.core.id.CollegeId, BigDecimal> zeros = Map.of(EDU, BigDecimal.ZERO, LIT, BigDecimal.ZERO, MATH, BigDecimal.ZERO);

        // the policy itself refuses, as AllocationPolicy asks (the apportionment's own refusal of zero weights stays behind it)
        Violation v = Refused.violation(() -> budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("1000"), MARCH_1, zeros), AllocationPolicies.byScore()));
        assertThat(v.path()).isEqualTo("scores");
        assertThat(v.zh()).isEqualTo("各学院得分均为 0，“按建设评价得分”无从计算：请换用其他划拨方式，或先完成学院建设评价");
        assertThat(v.en()).isEqualTo("every college scored 0, so \"By evaluation score\" has nothing to weigh: choose another policy or evaluate the colleges first");
        assertThat(budget.allocations(Y2023)).isEmpty();
    }

    @Test
    void aRevisionMayNotCutALineBelowWhatWasAllocatedFromIt() {
        plan2023();
        budget.allocate(new AllocationRequest(Y2023, AWARDS, Money.of("15000"), MARCH_1), AllocationPolicies.equalShare());
        List<BudgetLine> cut = List.of(BudgetLine.of("awards", "10000"), BudgetLine.of("hardware", "390000"));

        assertThatThrownBy(() -> budget.reviseYear(new YearBudget(Y2023, Money.of("400000"), cut), "压缩评优经费"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("the revised amount 10000.00 of category awards in 2023 is below what was already allocated from it, 15000.00"));
        YearBudget revised = budget.reviseYear(new YearBudget(Y2023, Money.of("450000"),
                List.of(BudgetLine.of("awards", "15000"), BudgetLine.of("hardware", "435000"))), "追加硬件经费");
        assertThat(budget.year(Y2023)).contains(revised);
        assertThat(core.ledger().read(StreamId.of("budget:2023"), 1)).extracting(r -> r.type())
                .containsExactly("budget.year-planned", "budget.allocated", "budget.year-revised");
    }

    @Test
    void aBudgetOpenedAgainOverTheSameStoreHasTheSameStateAndEveryChainVerifies() {
        plan2023();
        budget.planYear(new YearBudget(Year.of(2024), Money.of("420000"), List.of(BudgetLine.of("offline-activities", "420000"))));
        budget.allocate(new AllocationRequest(Y2023, OFFLINE, Money.of("100000"), MARCH_1), AllocationPolicies.perStudent());
        budget.allocate(new AllocationRequest(Y2023, AWARDS, Money.of("20000"), MARCH_1,
                Map.of(EDU, BigDecimal.ONE, LIT, BigDecimal.ONE, MATH, BigDecimal.TEN)), AllocationPolicies.byScore());
        budget.allocate(new AllocationRequest(Year.of(2024), OFFLINE, Money.of("420000"), LocalDate.of(2024, 3, 1)),
                AllocationPolicies.basePlusPerCapita(new BigDecimal("0.5")));

        Budget reopened = Budget.open(core, BudgetPreset.seed());

        assertThat(reopened.years()).isEqualTo(budget.years());
        assertThat(reopened.allocations(Y2023)).isEqualTo(budget.allocations(Y2023));
        assertThat(reopened.allocations(Year.of(2024))).isEqualTo(budget.allocations(Year.of(2024)));
        assertThat(reopened.allocated(Y2023, OFFLINE)).isEqualTo(Money.of("100000"));
        assertThat(reopened.version(Y2023)).isEqualTo(3);
        assertThat(core.ledger().verify(StreamId.of("budget:2023")).ok()).isTrue();
        assertThat(core.ledger().verifyAll().ok()).isTrue();
    }
}
