package edu.yiban.scoring.round;

import static edu.yiban.scoring.round.RoundCampus.ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Points;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules beside the main path: re-publicity only when results change, year rounds, college rounds, the evaluation's output. */
class RoundRulesTest {
    private static final String WANG = Campus.WANG_FANG.value();
    private static final PersonId COUNSELLOR = Campus.COUNSELLOR;

    @Test
    void anUpheldAppealThatLeavesTheResultsAsTheyWereKeepsThePublicity() {
        RoundCampus campus = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 27));
        Computation first = campus.current();
        campus.on(2023, 2, 28);
        campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩条目名称写错了"), PersonId.of(WANG));
        // the entry's title was wrong, its points right: corrected, the result is the same
        ArchiveEntry retitled = RoundCampus.entry(Dimension.INTELLECTUAL, "70").toBuilder().title("2022—2023 学年第一学期学业成绩积分 70").build();
        EntryRef fixed = campus.core.archives().of(Campus.WANG_FANG).correct(campus.wangStudy, retitled, "条目名称有误");

        campus.rounds.answer(ROUND, 1, Ruling.upheld("条目名称已更正，分数不变", fixed), COUNSELLOR);

        Round round = campus.rounds.round(ROUND).orElseThrow();
        assertThat(round.computations()).hasSize(2);
        assertThat(round.current().orElseThrow().sha256()).isEqualTo(first.sha256());
        assertThat(round.state()).isEqualTo(RoundState.PUBLICISED);
        assertThat(round.publicity()).singleElement().satisfies(w -> assertThat(w.standing()).isTrue());
        campus.on(2023, 3, 6);
        assertThat(campus.rounds.finalise(ROUND, COUNSELLOR).finalisation().orElseThrow().computation()).isEqualTo(2);
    }

    @Test
    void aYearRoundReadsEveryTermOfTheYearAndFilesTheResultUnderItsLastTerm() {
        RoundCampus campus = RoundCampus.create();
        campus.on(2023, 5, 10);
        campus.core.archives().of(Campus.LI_MING).record(RoundCampus.entry(Dimension.MORAL, "10").toBuilder()
                .term(Campus.T2022_2).date(LocalDate.of(2023, 5, 10)).build());
        RoundId year = RoundId.of("2022-2023-zongce");
        campus.on(2023, 7, 14);
        campus.rounds.draft(RoundDraft.of(year, new Bilingual("2022—2023 学年综合测评", "2022-23 evaluation"), RoundPeriod.of(AcademicYear.of(2022)),
                ArchiveTotalsEvaluation.ID, ArchiveTotalsEvaluation.VERSION).withPublicity(PublicityRule.calendarDays(7)), COUNSELLOR);

        Computation computed = campus.rounds.compute(year, COUNSELLOR);
        // 李明: moral 90 + 10 over both terms, study 80 → 0.6 × 100 + 0.4 × 80 = 60 + 32 = 92.00
        assertThat(computed.results().result(Campus.LI_MING.value()).orElseThrow().total()).isEqualByComparingTo("92.00");
        // seven calendar days from Saturday 15 July: until Friday 21 July
        assertThat(campus.rounds.publicise(year, LocalDate.of(2023, 7, 15), COUNSELLOR).until()).isEqualTo(LocalDate.of(2023, 7, 21));
        campus.on(2023, 7, 22);
        campus.rounds.finalise(year, COUNSELLOR);

        List<ArchiveRecord> filed = campus.core.archives().of(Campus.LI_MING)
                .entries(Viewer.of(PersonId.of(Campus.LI_MING.value())), Campus.T2022_2, Category.EVALUATION);
        assertThat(filed).singleElement().satisfies(r -> assertThat(r.entry().attributes())
                .contains(entry("period", "2022-2023"), entry("total", "92.00"), entry("round", year.value())));
    }

    @Test
    void aCollegeRoundTakesAppealsFromTheCollegesStaffAndWritesNoArchive() {
        RoundCampus campus = RoundCampus.create();
        RoundEvaluation colleges = RoundEvaluation.of("college-demo", "1", new Bilingual("学院易班建设评价", "college evaluation"),
                SubjectKind.COLLEGE, scope -> {
                    List<SubjectResult> results = ArchiveTotalsEvaluation.system().evaluate(RawValues.builder()
                            .put("EDU", "moral", new BigDecimal("90"), "demo").put("EDU", "intellectual", new BigDecimal("90"), "demo")
                            .put("MATH", "moral", new BigDecimal("70"), "demo").put("MATH", "intellectual", new BigDecimal("70"), "demo")
                            .build());
                    return RoundResults.of(results, Ranking.rank(results, r -> "campus", Ranking.noTieBreak()));
                });
        EvaluationRounds rounds = EvaluationRounds.open(campus.core, RoundPolicy.seed(), List.of(colleges));
        RoundId id = RoundId.of("2022-2023-1-colleges");
        campus.on(2023, 2, 20);
        rounds.draft(RoundDraft.of(id, new Bilingual("学院易班建设评价", "colleges"), RoundPeriod.of(Campus.T2022_1), "college-demo", "1"), COUNSELLOR);
        rounds.compute(id, COUNSELLOR);
        rounds.publicise(id, LocalDate.of(2023, 2, 20), COUNSELLOR);

        assertThat(Refusal.of(campus, () -> rounds.appeal(id, AppealRequest.of("EDU", "覆盖面统计有误"), Campus.MATH_TEACHER)).rule())
                .isEqualTo("round.appeal.own");
        assertThat(Refusal.of(campus, () -> rounds.appeal(id, AppealRequest.of("EDU", "覆盖面统计有误"), PersonId.of(WANG))).rule())
                .isEqualTo("round.appeal.own");
        Appeal byEducation = rounds.appeal(id, AppealRequest.of("EDU", "覆盖面统计有误"), Campus.TEACHER);
        rounds.answer(id, byEducation.number(), Ruling.rejected("统计无误"), Campus.SCHOOL_STAFF);
        campus.on(2023, 2, 27);

        assertThat(rounds.finalise(id, Campus.SCHOOL_STAFF).state()).isEqualTo(RoundState.FINAL);
        assertThat(rounds.writeToArchives(id)).isEmpty();
        assertThat(campus.core.archives().of(Campus.LI_MING).entries(Viewer.of(PersonId.of(Campus.LI_MING.value())), Campus.T2022_1,
                Category.EVALUATION)).isEmpty();
    }

    @Test
    void whatAnEvaluationGivesIsCheckedBeforeItIsKept() {
        RoundCampus campus = RoundCampus.create();
        RoundEvaluation faulty = RoundEvaluation.of(ArchiveTotalsEvaluation.ID, ArchiveTotalsEvaluation.VERSION, new Bilingual("有误的测评", "faulty"), scope -> {
            List<SubjectResult> results = new ArrayList<>(ArchiveTotalsEvaluation.system().evaluate(RawValues.builder()
                    .put("2022010101", "moral", new BigDecimal("90"), "demo")
                    .put("2099000001", "moral", new BigDecimal("90"), "demo")
                    .build()));
            results.add(results.get(0));
            Map<String, Band> bands = new TreeMap<>(Map.of("2022010102", ArchiveTotalsEvaluation.QUALIFIED));
            return new RoundResults(results, Ranking.rank(List.of(ArchiveTotalsEvaluation.system().evaluate(RawValues.builder()
                    .put("2022020101", "moral", new BigDecimal("1"), "demo").build()).get(0)), r -> "campus", Ranking.noTieBreak()),
                    new TreeMap<>(bands));
        });
        EvaluationRounds rounds = EvaluationRounds.open(campus.core, RoundPolicy.seed(), List.of(faulty));
        campus.on(2023, 2, 20);
        rounds.draft(RoundCampus.DRAFT, COUNSELLOR);

        Refusal refusal = Refusal.of(campus, () -> rounds.compute(ROUND, COUNSELLOR));

        assertThat(refusal.rule()).isEqualTo("round.results.twice,round.results.student,round.ranks.subject,round.bands.subject");
        assertThat(refusal.en()).isEqualTo("the evaluation archive-totals gave 2022010101 two results");
        assertThat(rounds.round(ROUND).orElseThrow().computations()).isEmpty();
    }

    @Test
    void finalResultsDoNotCountAsArchivePoints() {
        RoundCampus campus = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 20));
        Computation before = campus.current();
        campus.on(2023, 2, 27);
        campus.rounds.finalise(ROUND, COUNSELLOR);

        // the same evaluation over the same term, after the results were filed, gives the same results
        RoundId again = RoundId.of("again");
        campus.rounds.draft(RoundDraft.of(again, RoundCampus.DRAFT.name(), RoundCampus.DRAFT.period(), ArchiveTotalsEvaluation.ID,
                ArchiveTotalsEvaluation.VERSION), COUNSELLOR);
        assertThat(campus.rounds.compute(again, COUNSELLOR).sha256()).isEqualTo(before.sha256());
        assertThat(campus.core.archives().of(Campus.WANG_FANG).totals(Viewer.of(PersonId.of(WANG))).of(Dimension.INTELLECTUAL))
                .isEqualTo(Points.of(70));
    }
}
