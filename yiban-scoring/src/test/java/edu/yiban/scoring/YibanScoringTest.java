package edu.yiban.scoring;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.fixtures.SettableClock;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.scoring.round.AppealRequest;
import edu.yiban.scoring.round.EvaluationRounds;
import edu.yiban.scoring.round.Round;
import edu.yiban.scoring.round.RoundDraft;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import edu.yiban.scoring.round.RoundState;
import edu.yiban.scoring.round.Ruling;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The students' comprehensive evaluation run as a round, end to end on the seed's presets: draft,
 * compute, publicise, an upheld appeal that corrects a volunteer record, re-publicity, final, and the
 * results in the growth archives; nothing changes after final.
 */
class YibanScoringTest {
    private static final RoundId ROUND = RoundId.of("2022-2023-1-students");

    @Test
    void aStudentsRoundRunsFromDraftToFinalWithAnUpheldAppeal() {
        SettableClock clock = new SettableClock(LocalDate.of(2022, 9, 1));
        YibanCore core = YibanCore.builder().clock(clock).build();
        Campus.fill(core.directory());
        YibanOrganisation organisation = YibanOrganisation.builder(core).build();
        YibanScoring scoring = YibanScoring.builder(core, organisation).build();
        grades(core, LI_MING, "92", "88");
        grades(core, WANG_FANG, "85", "90");
        grades(core, ZHAO_LEI, "75", "80");
        EntryRef wangHours = volunteer(core, WANG_FANG, "12");
        volunteer(core, LI_MING, "25");
        EvaluationRounds rounds = scoring.rounds();

        clock.set(LocalDate.of(2023, 2, 20));
        rounds.draft(RoundDraft.of(ROUND, new Bilingual("2022—2023 学年第一学期综合测评", "2022-23 autumn evaluation"),
                RoundPeriod.of(T2022_1), YibanScoring.STUDENTS, "1"), COUNSELLOR);
        BigDecimal before = total(rounds.compute(ROUND, COUNSELLOR).results().results(), WANG_FANG);
        rounds.publicise(ROUND, LocalDate.of(2023, 2, 20), COUNSELLOR);

        clock.set(LocalDate.of(2023, 2, 21));
        rounds.appeal(ROUND, AppealRequest.of(WANG_FANG.value(), "志愿服务应为 24 小时，档案记为 12 小时"), PersonId.of(WANG_FANG.value()));
        EntryRef fixed = core.archives().of(WANG_FANG).correct(wangHours,
                volunteerEntry("24"), "志愿服务时长录入有误");
        rounds.answer(ROUND, 1, Ruling.upheld("已更正为 24 小时并重新计算", fixed), COUNSELLOR);
        BigDecimal after = total(rounds.round(ROUND).orElseThrow().current().orElseThrow().results().results(), WANG_FANG);

        // 12 hours reach the 10-hour band (1 point), 24 hours the 20-hour band (2 points):
        // moral points 60 + 1 → 60 + 2, weighed 0.2 in the total: + 0.20
        assertThat(after.subtract(before)).isEqualByComparingTo("0.20");

        rounds.publicise(ROUND, LocalDate.of(2023, 2, 22), COUNSELLOR);
        clock.set(LocalDate.of(2023, 3, 6));
        Round done = rounds.finalise(ROUND, COUNSELLOR);

        assertThat(done.state()).isEqualTo(RoundState.FINAL);
        List<ArchiveRecord> written = core.archives().of(WANG_FANG)
                .entries(Viewer.of(PersonId.of(WANG_FANG.value())), T2022_1, Category.EVALUATION);
        assertThat(written).singleElement().satisfies(r -> assertThat(r.entry().attributes().get("total")).isEqualTo(after.toPlainString()));
        assertThatThrownBy(() -> rounds.compute(ROUND, COUNSELLOR)).isInstanceOf(ConflictException.class);
        assertThat(core.verify().ok()).isTrue();
    }

    private static BigDecimal total(List<edu.yiban.scoring.result.SubjectResult> results, StudentNo student) {
        return results.stream().filter(r -> r.subject().equals(student.value())).findFirst().orElseThrow().total();
    }

    private static void grades(YibanCore core, StudentNo student, String first, String second) {
        core.archives().of(student).recordAll(List.of(grade("MATH101", "4", first), grade("EDU102", "3", second)));
    }

    private static ArchiveEntry grade(String course, String credits, String score) {
        return ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(T2022_1).category(Category.ACADEMIC)
                .title(course + " " + score).attribute("course", course).attribute("credits", credits).attribute("score", score)
                .source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(COUNSELLOR).visibility(Visibility.FAMILY).build();
    }

    private static EntryRef volunteer(YibanCore core, StudentNo student, String hours) {
        return core.archives().of(student).record(volunteerEntry(hours));
    }

    private static ArchiveEntry volunteerEntry(String hours) {
        return ArchiveEntry.builder().date(LocalDate.of(2022, 11, 5)).term(T2022_1).category(Category.VOLUNTEER)
                .title("社区志愿服务 " + hours + " 小时").attribute("hours", hours)
                .source(SourceSystem.YOUTH_LEAGUE).recordedBy(COUNSELLOR).visibility(Visibility.PUBLIC).build();
    }
}
