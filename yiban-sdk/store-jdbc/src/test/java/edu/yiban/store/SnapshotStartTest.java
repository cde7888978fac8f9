package edu.yiban.store;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.T2022_2;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.Yiban;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime over an H2 file started from its archive snapshot answers as one that replayed the ledger: the same
 * columns, timelines and evaluation; an old snapshot is caught up, and garbage in the file is ignored.
 */
class SnapshotStartTest {
    private static final List<StudentNo> STUDENTS = List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI);

    @TempDir
    Path directory;

    @Test
    void aRuntimeStartedFromItsSnapshotAnswersAsOneThatReplayed() throws Exception {
        Path database = directory.resolve("campus");
        Path snapshot = directory.resolve("campus.archives.snapshot");
        try (Yiban yiban = runtime(database, snapshot)) {
            Campus.fill(yiban.campus());
            record(yiban, 0);
        }
        assertThat(snapshot).exists();
        Map<String, Object> replayedFirst = replayedAnswers(database);

        try (Yiban yiban = runtime(database, snapshot)) {
            assertThat(answers(yiban)).isEqualTo(replayedFirst);
            // more records after the snapshot was loaded, written into the next one at close
            record(yiban, 1);
        }
        Map<String, Object> replayed = replayedAnswers(database);
        try (Yiban yiban = runtime(database, snapshot)) {
            assertThat(answers(yiban)).isEqualTo(replayed).containsKeys("evaluation " + T2022_1, "evaluation " + T2022_2);
        }
    }

    @Test
    void anOldSnapshotIsCaughtUpAndGarbageIgnored() throws Exception {
        Path database = directory.resolve("campus");
        Path snapshot = directory.resolve("campus.archives.snapshot");
        try (Yiban yiban = runtime(database, snapshot)) {
            Campus.fill(yiban.campus());
            record(yiban, 0);
        }
        try (Yiban plain = runtime(database, null)) {
            record(plain, 1);
        }
        Map<String, Object> replayed = replayedAnswers(database);

        try (Yiban old = runtime(database, snapshot)) {
            assertThat(answers(old)).isEqualTo(replayed);
        }
        Files.write(snapshot, "not a snapshot".getBytes(StandardCharsets.UTF_8));
        try (Yiban garbage = runtime(database, snapshot)) {
            assertThat(answers(garbage)).isEqualTo(replayed);
        }
    }

    /** The answers of a runtime over {@code database} that replayed the ledger. */
    private static Map<String, Object> replayedAnswers(Path database) {
        try (Yiban plain = runtime(database, null)) {
            return answers(plain);
        }
    }

    private static Yiban runtime(Path database, Path snapshot) {
        Yiban.Builder builder = Yiban.builder().store(JdbcLedgerStore.h2File(database)).clock(Campus.clock());
        if (snapshot != null) {
            builder.snapshot(snapshot);
        }
        return builder.build();
    }

    /** Records, corrects and revokes entries across two terms; {@code round} varies the values. */
    private static void record(Yiban yiban, int round) {
        for (int s = 0; s < STUDENTS.size(); s++) {
            StudentNo student = STUDENTS.get(s);
            List<EntryRef> refs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                TermId term = i % 2 == 0 ? T2022_1 : T2022_2;
                ArchiveEntry entry = i % 3 == 0
                        ? ArchiveEntry.builder().date(LocalDate.of(2023, 1, 5 + i)).term(term).category(Category.ACADEMIC)
                        .title("高等数学").attribute("course", "MATH" + i).attribute("credits", "4").attribute("score", String.valueOf(60 + 7 * s + i + round))
                        .source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build()
                        : ArchiveEntry.builder().date(LocalDate.of(2022, 10, 1 + i)).term(term).category(Category.ACTIVITY)
                        .title("活动 " + i).points(Dimension.MORAL, Points.of(String.valueOf(1 + s + round)))
                        .source(SourceSystem.YIBAN).recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build();
                refs.add(yiban.archive(student).record(entry));
            }
            yiban.archive(student).correct(refs.get(1), Campus.entry(T2022_1, LocalDate.of(2022, 11, 1), "3.5", Visibility.CAMPUS), "更正");
            yiban.archive(student).revoke(refs.get(2 + s), "撤销", COUNSELLOR);
        }
    }

    /** Every term's rows as text, sorted; each student's timeline; each term's evaluation. */
    private static Map<String, Object> answers(Yiban yiban) {
        Map<String, Object> out = new LinkedHashMap<>();
        ArchiveColumns columns = yiban.archives().columns();
        for (TermId term : columns.terms()) {
            TermColumns t = columns.term(term);
            List<String> rows = new ArrayList<>();
            for (int row = 0; row < t.size(); row++) {
                rows.add(columns.student(t.student(row)) + "#" + t.sequence(row) + " " + t.epochDay(row) + " "
                        + columns.category(t.category(row)) + " " + t.dimension(row) + " " + t.points(row) + " "
                        + columns.attributes(t.attributes(row)) + " " + t.visibility(row) + " " + t.effective(row));
            }
            rows.sort(null);
            out.put("term " + term, rows);
            out.put("evaluation " + term, yiban.evaluateStudents(term).results());
        }
        for (StudentNo student : STUDENTS) {
            out.put("timeline " + student, yiban.archive(student).timeline(Viewer.of(PersonId.of(student.value()))));
        }
        return out;
    }
}
