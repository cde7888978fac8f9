package edu.yiban.scoring.round;

import static edu.yiban.scoring.round.RoundCampus.ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Ranked;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A whole round, from the draft to the final results in the growth archives. */
class RoundLifecycleTest {
    private static final String LI = Campus.LI_MING.value();
    private static final String WANG = Campus.WANG_FANG.value();
    private static final String ZHAO = Campus.ZHAO_LEI.value();
    private static final PersonId COUNSELLOR = Campus.COUNSELLOR;
    private static final PersonId TEACHER = Campus.TEACHER;

    @Test
    void aRoundRunsFromDraftToFinalWithOneUpheldAndOneRejectedAppeal() {
        RoundCampus campus = RoundCampus.create();
        EvaluationRounds rounds = campus.rounds;

        // Monday 20 February 2023: drafted with the policy's publicity (5 working days) and computed
        campus.on(2023, 2, 20);
        Round drafted = rounds.draft(RoundCampus.DRAFT, COUNSELLOR);
        assertThat(drafted.state()).isEqualTo(RoundState.DRAFT);
        assertThat(drafted.draft().publicity()).contains(PublicityRule.workingDays(5));
        assertThat(drafted.drafted()).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(drafted.draftedBy()).isEqualTo(COUNSELLOR);

        Computation first = rounds.compute(ROUND, COUNSELLOR);
        // total = 0.6 × moral + 0.4 × study
        //   李明 0.6 × 90 + 0.4 × 80 = 54 + 32 = 86.00
        //   王芳 0.6 × 85 + 0.4 × 70 = 51 + 28 = 79.00   (qualified)
        //   赵磊 0.6 × 70 + 0.4 × 90 = 42 + 36 = 78.00   (qualified)
        assertThat(first.number()).isEqualTo(1);
        assertThat(totals(first)).containsExactly(entry(LI, "86.00"), entry(WANG, "79.00"), entry(ZHAO, "78.00"));
        assertThat(first.sha256()).isEqualTo(first.results().sha256()).hasSize(64);
        Standing wangBefore = rounds.standing(ROUND, WANG);
        Explanation study = wangBefore.result().explanation().find("study-part").orElseThrow();
        assertThat(study.raw().orElseThrow().value()).isEqualByComparingTo("70");
        assertThat(study.contributionShown()).isEqualByComparingTo("28.00");
        assertThat(wangBefore.ranks()).extracting(Ranked::group, Ranked::rank, Ranked::of).containsExactly(tuple("EDU2201", 2, 2));
        assertThat(wangBefore.band()).contains(ArchiveTotalsEvaluation.QUALIFIED);

        // publicised from Monday 27 February: five working days, until Friday 3 March
        PublicityWindow window = rounds.publicise(ROUND, LocalDate.of(2023, 2, 27), COUNSELLOR);
        assertThat(window.until()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(window.computation()).isEqualTo(1);
        assertThat(rounds.round(ROUND).orElseThrow().state()).isEqualTo(RoundState.PUBLICISED);

        // Tuesday 28 February: 王芳 appeals her study part
        campus.on(2023, 2, 28);
        Appeal filed = rounds.appeal(ROUND, AppealRequest.of(WANG, "学业成绩应为 88 分，档案录入为 70 分").about("study-part"), person(WANG));
        assertThat(filed.number()).isEqualTo(1);
        assertThat(filed.computation()).isEqualTo(1);
        assertThat(filed.answered()).isFalse();

        // Wednesday 1 March: the counsellor corrects the archive entry and upholds the appeal; the round recomputes:
        //   王芳 0.6 × 85 + 0.4 × 88 = 51 + 35.20 = 86.20   (excellent), now above 李明's 86.00 in EDU2201
        campus.on(2023, 3, 1);
        EntryRef fixed = campus.core.archives().of(Campus.WANG_FANG)
                .correct(campus.wangStudy, RoundCampus.entry(Dimension.INTELLECTUAL, "88"), "成绩录入有误");
        Appeal upheld = rounds.answer(ROUND, 1, Ruling.upheld("成绩录入有误，已更正为 88 分并重新计算", fixed), COUNSELLOR);
        assertThat(upheld.answer()).hasValueSatisfying(a -> {
            assertThat(a.ruling().verdict()).isEqualTo(Verdict.UPHELD);
            assertThat(a.ruling().changes()).containsExactly(fixed);
            assertThat(a.recomputation()).contains(2);
            assertThat(a.date()).isEqualTo(LocalDate.of(2023, 3, 1));
        });
        Round recomputed = rounds.round(ROUND).orElseThrow();
        Computation second = recomputed.current().orElseThrow();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.appeal()).contains(1);
        assertThat(totals(second)).containsExactly(entry(LI, "86.00"), entry(WANG, "86.20"), entry(ZHAO, "78.00"));
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(recomputed.computations()).hasSize(2).first().isEqualTo(first);
        // the changed results withdraw the publicity: they must be publicised again
        assertThat(recomputed.state()).isEqualTo(RoundState.COMPUTED);
        assertThat(recomputed.publicity()).singleElement().satisfies(w -> {
            assertThat(w.withdrawn()).contains(LocalDate.of(2023, 3, 1));
            assertThat(w.supersededBy()).contains(2);
        });
        Standing wangAfter = rounds.standing(ROUND, WANG);
        assertThat(wangAfter.computation()).isEqualTo(2);
        assertThat(wangAfter.result().explanation().find("study-part").orElseThrow().contributionShown()).isEqualByComparingTo("35.20");
        assertThat(wangAfter.ranks()).extracting(Ranked::rank).containsExactly(1);
        assertThat(wangAfter.band()).contains(ArchiveTotalsEvaluation.EXCELLENT);
        assertThat(wangAfter.appeals()).containsExactly(upheld);
        assertThat(rounds.standing(ROUND, LI).ranks()).extracting(Ranked::rank).containsExactly(2);

        // publicised again from Monday 6 March, until Friday 10 March
        assertThat(rounds.publicise(ROUND, LocalDate.of(2023, 3, 6), COUNSELLOR).until()).isEqualTo(LocalDate.of(2023, 3, 10));

        // Tuesday 7 March: 李明 appeals his lower rank; Wednesday 8 March: a teacher rejects it
        campus.on(2023, 3, 7);
        rounds.appeal(ROUND, AppealRequest.of(LI, "本人排名由第 1 名降为第 2 名，请复核"), person(LI));
        campus.on(2023, 3, 8);
        Appeal rejected = rounds.answer(ROUND, 2, Ruling.rejected("王芳成绩更正有据，排名按更正后的总分确定"), TEACHER);
        assertThat(rejected.answer().orElseThrow().recomputation()).isEmpty();
        assertThat(rounds.round(ROUND).orElseThrow().computations()).hasSize(2);

        // Friday 10 March is still within publicity; Monday 13 March it is finalised
        campus.on(2023, 3, 10);
        assertThat(Refusal.of(campus, () -> rounds.finalise(ROUND, COUNSELLOR)).rule()).isEqualTo("round.finalise.publicity");
        campus.on(2023, 3, 13);
        Round done = rounds.finalise(ROUND, COUNSELLOR);
        assertThat(done.state()).isEqualTo(RoundState.FINAL);
        assertThat(done.finalisation()).contains(new Finalisation(LocalDate.of(2023, 3, 13), COUNSELLOR, 2, second.sha256()));

        // every student's archive holds the final result once, without points
        ArchiveRecord wangEntry = evaluationEntry(campus, Campus.WANG_FANG);
        assertThat(wangEntry.entry().title()).isEqualTo("2022—2023 学年第一学期综合测评：总分 86.20，EDU2201 排名 1/2，等级 优秀");
        assertThat(wangEntry.entry().attributes()).contains(entry("round", ROUND.value()), entry("total", "86.20"),
                entry("rank.1", "EDU2201 1/2"), entry("band", "excellent"), entry("computation", "2"), entry("eligible", "true"),
                entry("evaluation", ArchiveTotalsEvaluation.ID), entry("period", "2022-2023-1"));
        assertThat(wangEntry.entry().points()).isEmpty();
        assertThat(wangEntry.entry().evidence().orElseThrow().sha256()).contains(second.sha256());
        assertThat(wangEntry.entry().recordedBy()).isEqualTo(COUNSELLOR);
        assertThat(wangEntry.entry().visibility()).isEqualTo(Visibility.FAMILY);
        assertThat(evaluationEntry(campus, Campus.LI_MING).entry().attributes()).contains(entry("total", "86.00"), entry("rank.1", "EDU2201 2/2"));
        assertThat(evaluationEntry(campus, Campus.ZHAO_LEI).entry().title()).isEqualTo("2022—2023 学年第一学期综合测评：总分 78.00，MATH2201 排名 1/1，等级 合格");
        assertThat(rounds.writeToArchives(ROUND)).as("written once").isEmpty();
        evaluationEntry(campus, Campus.WANG_FANG);

        // a final round refuses every change
        Refusal compute = Refusal.of(campus, () -> rounds.compute(ROUND, COUNSELLOR));
        assertThat(compute.exception()).isInstanceOf(ConflictException.class);
        assertThat(compute.rule()).isEqualTo("round.final");
        assertThat(compute.zh()).isEqualTo("测评批次 2022-2023-1-zongce 自 2023-03-13 起已定稿：定稿后不得再作任何更改，计算结果被拒绝");
        assertThat(compute.en()).isEqualTo("round 2022-2023-1-zongce is final since 2023-03-13: a final round is immutable, so computing its results is refused");
        assertThat(Refusal.of(campus, () -> rounds.publicise(ROUND, LocalDate.of(2023, 3, 20), COUNSELLOR)).rule()).isEqualTo("round.final");
        assertThat(Refusal.of(campus, () -> rounds.appeal(ROUND, AppealRequest.of(ZHAO, "请复核"), person(ZHAO))).rule()).isEqualTo("round.final");
        assertThat(Refusal.of(campus, () -> rounds.answer(ROUND, 2, Ruling.rejected("再次答复"), COUNSELLOR)).rule()).isEqualTo("round.final");
        assertThat(Refusal.of(campus, () -> rounds.finalise(ROUND, COUNSELLOR)).rule()).isEqualTo("round.final");
        assertThat(Refusal.of(campus, () -> rounds.draft(RoundCampus.DRAFT, COUNSELLOR)).rule()).isEqualTo("round.exists");
        assertThat(rounds.round(ROUND).orElseThrow()).isEqualTo(done);
        assertThat(campus.core.verify().ok()).isTrue();
    }

    /**
     * 赵磊's withdrawal, dated 1 February 2023 (before the spring term), is recorded after the spring round
     * was computed: he was on the register in none of its terms, so his archive has no term of the period to
     * hold its entry. Finalising still ends the round and writes the others' entries; the round keeps his result.
     */
    @Test
    void aStudentWithdrawnBeforeThePeriodAfterTheComputationGetsNoEntryAndTheRoundStillEnds() {
        RoundCampus campus = RoundCampus.create();
        EvaluationRounds rounds = campus.rounds;
        RoundId spring = RoundId.of("2022-2023-2-zongce");
        campus.on(2023, 7, 11);
        rounds.draft(RoundDraft.of(spring, new Bilingual("2022—2023 学年第二学期综合测评", "2022-23 spring term evaluation"),
                RoundPeriod.of(Campus.T2022_2), ArchiveTotalsEvaluation.ID, ArchiveTotalsEvaluation.VERSION), COUNSELLOR);
        rounds.compute(spring, COUNSELLOR);
        LocalDate until = rounds.publicise(spring, LocalDate.of(2023, 7, 11), COUNSELLOR).until();
        campus.core.directory().changeStatus(Campus.ZHAO_LEI,
                new StatusChange(StudentStatus.WITHDRAWN, LocalDate.of(2023, 2, 1), "寒假期间办理退学，手续迟报"));

        LocalDate after = until.plusDays(1);
        campus.on(after.getYear(), after.getMonthValue(), after.getDayOfMonth());
        Round done = rounds.finalise(spring, COUNSELLOR);

        assertThat(done.state()).isEqualTo(RoundState.FINAL);
        assertThat(done.computation(done.finalisation().orElseThrow().computation()).orElseThrow().results().result(ZHAO)).isPresent();
        assertThat(springEvaluations(campus, Campus.LI_MING)).hasSize(1);
        assertThat(springEvaluations(campus, Campus.WANG_FANG)).hasSize(1);
        assertThat(springEvaluations(campus, Campus.ZHAO_LEI)).isEmpty();
        assertThat(rounds.writeToArchives(spring)).isEmpty();
        assertThat(campus.core.verify().ok()).isTrue();
    }

    private static List<ArchiveRecord> springEvaluations(RoundCampus campus, StudentNo student) {
        return campus.core.archives().of(student).entries(Viewer.of(PersonId.of(student.value())), Campus.T2022_2, Category.EVALUATION);
    }

    private static Map<String, String> totals(Computation c) {
        Map<String, String> totals = new LinkedHashMap<>();
        c.results().results().forEach(r -> totals.put(r.subject(), r.total().toPlainString()));
        return totals;
    }

    private static PersonId person(String studentNo) {
        return PersonId.of(studentNo);
    }

    /** The one evaluation entry of the student's 2022—2023 autumn term, as the student sees it. */
    static ArchiveRecord evaluationEntry(RoundCampus campus, StudentNo student) {
        List<ArchiveRecord> entries = campus.core.archives().of(student)
                .entries(Viewer.of(PersonId.of(student.value())), Campus.T2022_1, Category.EVALUATION);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).entry().attribute("round")).isEqualTo(Optional.of(ROUND.value()));
        return entries.get(0);
    }
}
