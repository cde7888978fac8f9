package edu.yiban.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.sdk.Yiban;
import edu.yiban.store.JdbcLedgerStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the campus app end to end on a real H2 file, as its user would, and checks what it did. */
class CampusAppTest {
    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private CampusApp.Report run(Locale locale) {
        printed.reset();
        return new CampusApp(directory, locale, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void liMingScoresWhatTheRulesAndTheDefaultSystemGive() {
        CampusApp.Report report = run(Locale.ENGLISH);

        // By the example rules of 2022-2023 and the default system, term 2022-2023-1:
        //   GPA   (4 × 4.0 [92] + 3 × 3.7 [86] + 2 × 3.0 [79]) ÷ 9 = 33.1 ÷ 9 = 3.677… → 3.68
        //   智    3.68 ÷ 4.0 × 100 = 92 + competition bonus (provincial 2nd, individual) 3 = 95   × 0.6 = 57.00
        //   德    base 60 + volunteer 12 h + 9 h = 21 h, band from 20: 2 → 62               × 0.2 = 12.40
        //   体    base 60 + fitness test "good" 15 = 75                                     × 0.1 =  7.50
        //   美    base 60                                                                   × 0.05 = 3.00
        //   劳    base 60                                                                   × 0.05 = 3.00
        //   total 57 + 12.4 + 7.5 + 3 + 3 = 82.90
        assertThat(report.total()).isEqualByComparingTo(new BigDecimal("82.90"));
        assertThat(output())
                .contains("total 82.90, place 1 of 3 in the class, eligible for awards")
                .contains("intellectual: 0.6 × 95.00 = 57.00")
                .contains("raw value 3.68 from archive: 3 courses: Σ(credits × points) 33.1000 ÷ Σ credits 9.00 = 3.68")
                .contains("moral +2.00  volunteer hours (example bands): 21 over 2 entries reaches the band from 20: 2.00");
    }

    @Test
    void afterReopeningTheSameRecordsAreThereAndEveryChainVerifies() {
        CampusApp.Report report = run(Locale.ENGLISH);

        assertThat(report.sameAfterReopen()).isTrue();
        assertThat(report.verified()).isTrue();
        assertThat(report.after()).isEqualTo(report.before());
        assertThat(report.after().students()).containsExactly("2022010101", "2022010102", "2022010103", "2022010201", "2022010202");
        // by date; the sequence is the order of recording: grades first, then volunteer hours, then the rest
        assertThat(report.after().archive()).containsExactly(
                "2022010101#4 社区支教志愿服务 12 小时",
                "2022010101#7 体质健康测试 良好",
                "2022010101#6 全国大学生数学建模竞赛 省级二等奖",
                "2022010101#5 图书馆志愿服务 9 小时",
                "2022010101#8 期末谈心谈话：学习计划与班级事务",
                "2022010101#1 高等数学 92 分",
                "2022010101#2 大学英语 86 分",
                "2022010101#3 教育学原理 79 分");
        assertThat(report.after().posts()).isEqualTo(2);
        assertThat(report.totalAfter()).isEqualByComparingTo("82.90");

        // and without Guice, straight from the file: the builder the module wraps
        try (Yiban yiban = Yiban.builder().store(JdbcLedgerStore.h2File(directory.resolve(CampusApp.STORE_NAME))).build()) {
            List<String> archive = yiban.archive(CampusRegistry.LI_MING).timeline(Viewer.of(CampusRegistry.LI_MING_PERSON)).stream()
                    .map(r -> r.ref() + " " + r.entry().title()).toList();
            assertThat(archive).isEqualTo(report.before().archive());
            assertThat(yiban.verify().ok()).isTrue();
            assertThat(yiban.verify().breaks()).isEmpty();
        }
    }

    @Test
    void aParentSeesTheFamilyEntriesAndThePublicOnlyThePublicOnes() {
        run(Locale.ENGLISH);

        try (Yiban yiban = Yiban.builder().store(JdbcLedgerStore.h2File(directory.resolve(CampusApp.STORE_NAME))).build()) {
            List<ArchiveRecord> parent = yiban.archive(CampusRegistry.LI_MING).timeline(Viewer.of(CampusRegistry.PARENT));
            List<ArchiveRecord> anyone = yiban.archive(CampusRegistry.LI_MING).timeline(Viewer.anonymous());

            // the counselling note is for the student and his counsellor only
            assertThat(parent).hasSize(7).noneMatch(r -> r.entry().category().equals(ArchiveFeed.COUNSELLING));
            // grades and the fitness test are for the family and campus; volunteer hours and the prize are public
            assertThat(anyone).extracting(r -> r.entry().title())
                    .containsExactly("社区支教志愿服务 12 小时", "全国大学生数学建模竞赛 省级二等奖", "图书馆志愿服务 9 小时");
        }
        assertThat(output()).contains("his parent: 7 entries", "the public (anyone, not logged in): 3 entries");
    }

    @Test
    void aSecondRunFindsTheCampusInTheFileAndRecordsNothingTwice() {
        CampusApp.Report first = run(Locale.ENGLISH);
        CampusApp.Report second = run(Locale.ENGLISH);

        assertThat(output()).contains("The campus is already in this store: registration skipped.");
        assertThat(second.after()).isEqualTo(first.after());
        assertThat(second.total()).isEqualByComparingTo(first.total());
        assertThat(second.verified()).isTrue();
    }

    @Test
    void theAppSpeaksChineseFromTheChineseBundle() {
        run(Locale.SIMPLIFIED_CHINESE);

        assertThat(output())
                .contains("总分 82.90，班级排名 1/3，具备评奖评优资格")
                .contains("家长：7 条")
                .contains("与关闭前一致：是")
                .doesNotContain("eligible for awards");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(AppText.BUNDLE.resourceBundle(MessageBundle.ZH).keySet())
                .containsExactlyInAnyOrderElementsOf(AppText.BUNDLE.resourceBundle(MessageBundle.EN).keySet());
    }
}
