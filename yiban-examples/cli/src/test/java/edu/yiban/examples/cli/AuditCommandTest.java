package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.ledger.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code yiban audit} on the small demo's saved campus: who wrote what about a student, and what a person wrote. */
class AuditCommandTest {
    private final DemoRuns runs = DemoRuns.get();
    private final List<StoredRecord> records = SavedCampus.load(runs.saved, Locale.ENGLISH).records();

    private static JsonNode json(byte[] payload) {
        try {
            return JsonFiles.MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first student the demo enrolled. */
    private String student() {
        return records.stream().filter(r -> r.type().equals("directory.student-enrolled")).findFirst()
                .map(r -> json(r.payload()).path("enrolment").path("studentNo").asText()).orElseThrow();
    }

    /** The staff member the demo's rounds name as their runner. */
    private String roundRunner() {
        return records.stream().filter(r -> r.type().equals("round.drafted")).findFirst()
                .map(r -> json(r.payload()).path("by").asText()).orElseThrow();
    }

    private long archiveRecords(String student) {
        return records.stream().filter(r -> r.stream().value().equals("archive:" + student)).count();
    }

    private static List<String> lines(Run run) {
        return run.out().lines().toList();
    }

    @Test
    void aStudentsAuditShowsTheEnrolmentAndEachEntryByItsSourceSystemOldestFirst() {
        String student = student();
        Run run = Run.en("audit", runs.saved.toString(), "--student", student, "--full");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = lines(run);
        List<String> shown = lines.subList(0, lines.size() - 1);
        assertThat(shown).anySatisfy(l -> assertThat(l).contains("the app itself").contains("directory.student-enrolled")
                .contains("\"studentNo\":\"" + student + "\""));
        // the first archive record is the first course's grade, imported by the academic affairs system
        assertThat(shown).anySatisfy(l -> assertThat(l).contains("academic affairs system")
                .contains("archive:" + student + "#1 ").contains("archive.entry-recorded").contains("\"category\":\"academic\""));
        assertThat(shown).anySatisfy(l -> assertThat(l).contains("student affairs system").contains("\"category\":\"physical-test\""));
        assertThat(shown).anySatisfy(l -> assertThat(l).contains("person " + roundRunner()).contains("\"category\":\"evaluation\""));
        // each line's time leads it, on the campus's clock: the lines sort as they stand
        assertThat(shown).allSatisfy(l -> assertThat(l).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  .*"))
                .isSortedAccordingTo((a, b) -> a.substring(0, 19).compareTo(b.substring(0, 19)));
        // every archive record, and at least the enrolment and the cadre post from the directory
        assertThat((long) shown.size()).isGreaterThanOrEqualTo(archiveRecords(student) + 2);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(shown.size() + " records about student " + student);
    }

    @Test
    void contentIsCutToAHundredColumnsUnlessFull() {
        String student = student();
        Run cut = Run.en("audit", runs.saved.toString(), "--student", student);
        Run full = Run.en("audit", runs.saved.toString(), "--student", student, "--full");

        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(lines(cut)).anySatisfy(l -> assertThat(l).endsWith("…"));
        assertThat(lines(full)).noneSatisfy(l -> assertThat(l).endsWith("…")).hasSameSizeAs(lines(cut));
        assertThat(full.out().length()).isGreaterThan(cut.out().length());
    }

    @Test
    void byTheRoundRunnerShowsTheRoundsRecordsAndTheResultsTheyWrote() {
        String staff = roundRunner();
        Run run = Run.en("audit", runs.saved.toString(), "--by", staff, "--full");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = lines(run);
        List<String> shown = lines.subList(0, lines.size() - 1);
        assertThat(shown).allSatisfy(l -> assertThat(l).contains("person " + staff));
        assertThat(shown).anySatisfy(l -> assertThat(l).contains("round:" + MainJob.STUDENT_ROUND.value() + "#1 ").contains("round.drafted"))
                .anySatisfy(l -> assertThat(l).contains("round.publicised"))
                .anySatisfy(l -> assertThat(l).contains("round.finalised"))
                .anySatisfy(l -> assertThat(l).contains("archive.entry-recorded").contains("\"category\":\"evaluation\""));
        // 600 students: the students' round writes one result into each archive
        assertThat(shown.stream().filter(l -> l.contains("archive.entry-recorded")).count()).isEqualTo(600);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(Summary.count(shown.size()) + " records by person " + staff);
    }

    @Test
    void bySystemShowsWhatTheSystemImported() {
        Run run = Run.en("audit", runs.saved.toString(), "--system", "youth-league", "--full");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = lines(run);
        assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("youth league system").contains("\"category\":\"volunteer\""));
    }

    @Test
    void anUnknownStudentExitsTwoWithOneLineInEitherLanguage() {
        Run en = Run.en("audit", runs.saved.toString(), "--student", "20990199999");
        Run zh = Run.of(MessageBundle.ZH, "audit", runs.saved.toString(), "--student", "20990199999");

        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.errLines()).singleElement().asString().contains("has no student 20990199999");
        assertThat(zh.exitCode()).isEqualTo(2);
        assertThat(zh.errLines()).singleElement().asString().contains("没有学号为 20990199999 的学生");
    }

    @Test
    void nothingOrTwoOfStudentByAndSystemIsBadUsage() {
        assertThat(Run.en("audit", runs.saved.toString()).exitCode()).isEqualTo(2);
        assertThat(Run.en("audit", runs.saved.toString(), "--student", student(), "--by", "T00001").exitCode()).isEqualTo(2);
        assertThat(Run.en("audit", runs.saved.toString(), "--system", "Not A Code").exitCode()).isEqualTo(2);
    }

    @Test
    void jsonIsAnArrayOfTheSameRecordsWithActorAndContentAsJson() throws IOException {
        String student = student();
        Run text = Run.en("audit", runs.saved.toString(), "--student", student);
        Run run = Run.en("audit", runs.saved.toString(), "--student", student, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = JsonFiles.MAPPER.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(lines(text).size() - 1);
        JsonNode first = array.get(0);
        assertThat(first.path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(first.path("stream").asText()).isNotEmpty();
        assertThat(first.path("sequence").asLong()).isPositive();
        assertThat(first.path("content").isObject()).isTrue();
        JsonNode grade = null;
        for (JsonNode e : array) {
            if (e.path("stream").asText().equals("archive:" + student) && e.path("sequence").asLong() == 1) {
                grade = e;
            }
        }
        assertThat(grade).isNotNull();
        assertThat(grade.path("actor").path("source").asText()).isEqualTo("academic-affairs");
        assertThat(grade.path("actor").path("label").path("zh").asText()).contains("教务系统");
        assertThat(grade.path("content").path("entry").path("category").asText()).isEqualTo("academic");
    }

    @Test
    void cuttingCountsChineseCharactersAsTwoColumns() {
        assertThat(AuditCommand.cut("abcdef", 6)).isEqualTo("abcdef");
        assertThat(AuditCommand.cut("abcdefg", 6)).isEqualTo("abcde…");
        // 教务系统 takes 8 columns: 5 columns leave room for two characters and the ellipsis
        assertThat(AuditCommand.cut("教务系统", 5)).isEqualTo("教务…");
    }
}
