package edu.yiban.examples.sanctions;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.plugin.PluginFault;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.Plugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sanction notifier as a counsellor meets it: one notice per sanction recorded, corrected or revoked, and nothing else. */
class SanctionNotifierPluginTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path outbox() {
        return dir.resolve("notices/outbox.jsonl");
    }

    private Yiban open() {
        Yiban yiban = Yiban.builder().clock(Campus.clock()).config(Map.of("plugins.sanction-notifier.outbox", outbox().toString()))
                .plugin(new SanctionNotifierPlugin()).build();
        Campus.fill(yiban.campus());
        return yiban;
    }

    private static ArchiveEntry sanction(String title, String level) {
        return ArchiveEntry.builder().date(LocalDate.of(2022, 12, 1)).term(T2022_1).category(Category.DISCIPLINE).title(title)
                .attribute("level", level).source(SourceSystem.STUDENT_AFFAIRS).recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build();
    }

    private List<Map<String, String>> notices() throws IOException {
        List<Map<String, String>> notices = new ArrayList<>();
        if (Files.exists(outbox())) {
            for (String line : Files.readAllLines(outbox())) {
                @SuppressWarnings("unchecked")
                Map<String, String> notice = JSON.readValue(line, Map.class);
                notices.add(notice);
            }
        }
        return notices;
    }

    @Test
    void isDiscoveredThroughServiceLoader() {
        assertThat(Plugins.discover(SanctionNotifierPlugin.class.getClassLoader()))
                .filteredOn(f -> f.plugin().id().equals("sanction-notifier")).singleElement()
                .satisfies(f -> assertThat(f.source()).contains("sanction-notifier"));
    }

    @Test
    void aSanctionRecordedTellsTheClassCounsellor() throws IOException {
        try (Yiban yiban = open()) {
            EntryRef ref = yiban.archive(LI_MING).record(sanction("旷课警告", "warning"));

            assertThat(notices()).singleElement().satisfies(n -> {
                assertThat(n).containsEntry("kind", "recorded").containsEntry("to", "T1001").containsEntry("student", "2022010101")
                        .containsEntry("name", "李明").containsEntry("class", "EDU2201").containsEntry("entry", ref.toString())
                        .containsEntry("level", "warning");
                assertThat(n.get("zh")).isEqualTo("T1001：EDU2201 班 李明（2022010101）被记录处分：旷课警告（warning），档案记录 " + ref);
                assertThat(n.get("en")).isEqualTo("T1001: a sanction was recorded for 2022010101 (李明) of class EDU2201: 旷课警告 (warning), entry " + ref);
            });
            assertThat(yiban.faults()).isEmpty();
        }
    }

    @Test
    void theLogLineOfANoticeNamesIdsOnly() {
        EntryRef ref = new EntryRef(LI_MING, 3);
        Notification notice = new Notification("recorded", COUNSELLOR, LI_MING, "李明", edu.yiban.core.id.ClassId.of("EDU2201"), ref, "旷课警告",
                "warning", Messages.text("notice.recorded", "T1001", "2022010101", "李明", "EDU2201", "旷课警告", "warning", ref.toString()));

        assertThat(Outbox.logged(notice)).isEqualTo("sanction notice (recorded) of entry 2022010101#3 sent to counsellor T1001")
                .doesNotContain("李明", "旷课");
    }

    @Test
    void otherEntriesTellNobody() throws IOException {
        try (Yiban yiban = open()) {
            yiban.archive(LI_MING).record(Campus.entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.CAMPUS));

            assertThat(notices()).isEmpty();
        }
    }

    @Test
    void aCorrectionAndARevocationOfASanctionAreToldToo() throws IOException {
        try (Yiban yiban = open()) {
            EntryRef first = yiban.archive(LI_MING).record(sanction("旷课警告", "warning"));
            EntryRef corrected = yiban.archive(LI_MING).correct(first, sanction("旷课严重警告", "serious-warning"), "复核");
            EntryRef revocation = yiban.archive(LI_MING).revoke(corrected, "申诉成立", COUNSELLOR);

            assertThat(notices()).extracting(n -> n.get("kind") + " " + n.get("entry") + " " + n.get("level"))
                    .containsExactly("recorded " + first + " warning", "corrected " + corrected + " serious-warning",
                            "revoked " + revocation + " serious-warning");
        }
    }

    @Test
    void aStudentWhoseClassHasNoCounsellorIsPassedOverQuietly() throws IOException {
        try (Yiban yiban = open()) {
            // 赵磊's class MATH2201 has no counsellor
            yiban.archive(ZHAO_LEI).record(sanction("旷课警告", "warning"));

            assertThat(notices()).isEmpty();
            assertThat(yiban.faults()).isEmpty();
        }
    }

    @Test
    void anOutboxThatCannotBeWrittenIsContainedAndTheSanctionStaysRecorded() throws IOException {
        Files.createDirectories(outbox()); // a folder where the file should be
        try (Yiban yiban = open()) {
            EntryRef ref = yiban.archive(LI_MING).record(sanction("旷课警告", "warning"));

            assertThat(yiban.archive(LI_MING).history(Viewer.of(COUNSELLOR))).extracting(r -> r.ref()).containsExactly(ref);
            assertThat(yiban.faults()).singleElement().satisfies((PluginFault f) -> {
                assertThat(f.plugin()).isEqualTo("sanction-notifier");
                assertThat(f.subject()).contains(ref.toString());
                assertThat(f.en()).contains("cannot append to the outbox");
            });
            // the runtime answers the next call
            assertThat(yiban.core().verify().ok()).isTrue();
        }
    }
}
