package edu.yiban.core.internal.archive;

import static edu.yiban.core.internal.archive.ArchiveSnapshotProperties.STUDENTS;
import static edu.yiban.core.internal.archive.ArchiveSnapshotProperties.open;
import static edu.yiban.core.internal.archive.ArchiveSnapshotProperties.replayed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.internal.archive.ArchiveSnapshotProperties.Step;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.visibility.Visibility;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot can make a start fast, never wrong: a missing, foreign, out-of-date, truncated, damaged or garbage file
 * is ignored, saying why, and the archives replay; a write killed half-way leaves the previous file usable; a loaded
 * snapshot warms the ledger's heads and is not written again unless something changed.
 */
class ArchiveSnapshotTest {
    /** Li Ming: a record, a correction of it, a revocation of another, in two terms; Wang Fang and Zhao Lei a record each. */
    private static final List<Step> STEPS = List.of(new Step(0, 0, 0, 150, 1), new Step(0, 0, 1, 200, 2),
            new Step(1, 0, 2, 300, 0), new Step(2, 0, 0, 0, 0), new Step(0, 1, 0, 80, 3), new Step(0, 2, 1, 40, 5));

    @TempDir
    Path directory;

    /** A store holding {@link #STEPS}, its snapshot written to {@code file} by the runtime that wrote them. */
    private LedgerStore campus(Path file) {
        LedgerStore store = new Projections.Kept();
        try (YibanCore writer = open(store, file)) {
            Campus.fill(writer.directory());
            ArchiveSnapshotProperties.run(writer, STEPS, new HashMap<>());
        }
        return store;
    }

    /** A store holding the campus and {@code steps}, written without a snapshot. */
    private static LedgerStore written(List<Step> steps) {
        LedgerStore store = new Projections.Kept();
        try (YibanCore core = YibanCore.builder().store(store).clock(Campus.clock()).build()) {
            Campus.fill(core.directory());
            ArchiveSnapshotProperties.run(core, steps, new HashMap<>());
        }
        return store;
    }

    @Test
    void aCurrentSnapshotIsLoadedAndEqualsAReplay() {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);

        YibanCore loaded = open(store, file);

        assertThat(Projections.start(loaded).fromSnapshot()).isTrue();
        assertThat(Projections.start(loaded).detail()).contains("3 archives", "0 archives were caught up from it, 0 replayed");
        assertThat(Projections.of(loaded, STUDENTS)).isEqualTo(Projections.of(replayed(store), STUDENTS));
    }

    @Test
    void aSnapshotOlderThanTheLedgerIsCaughtUpAndNewStreamsReplayed() {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);
        try (YibanCore plain = YibanCore.builder().store(store).clock(Campus.clock()).build()) {
            Map<StudentNo, List<EntryRef>> none = new HashMap<>();
            ArchiveSnapshotProperties.run(plain, List.of(new Step(0, 0, 1, 90, 1), new Step(0, 1, 2, 70, 2)), none);
        }

        YibanCore loaded = open(store, file);

        assertThat(Projections.start(loaded).detail()).contains("2 archives were caught up from it, 0 replayed");
        assertThat(Projections.of(loaded, STUDENTS)).isEqualTo(Projections.of(replayed(store), STUDENTS));
    }

    @Test
    void aMissingFileIsReplacedByAReplayAndWrittenAtClose() {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(directory.resolve("other.snapshot"));

        YibanCore first = open(store, file);
        assertThat(Projections.start(first).fromSnapshot()).isFalse();
        assertThat(Projections.start(first).detail()).contains("there is no snapshot at");
        first.close();

        assertThat(file).exists();
        assertThat(Projections.start(open(store, file)).fromSnapshot()).isTrue();
    }

    @Test
    void aForeignSnapshotIsIgnored() {
        Path file = directory.resolve("archives.snapshot");
        campus(file);
        // another campus: the same students, other entries
        LedgerStore other = written(List.of(new Step(0, 0, 0, 999, 1), new Step(0, 0, 0, 998, 1), new Step(0, 0, 0, 997, 1),
                new Step(0, 0, 0, 996, 1), new Step(0, 1, 0, 5, 1), new Step(0, 2, 0, 7, 1)));

        YibanCore opened = open(other, file);

        assertThat(Projections.start(opened).fromSnapshot()).isFalse();
        assertThat(Projections.start(opened).detail()).contains("has the hash");
        assertThat(Projections.of(opened, STUDENTS)).isEqualTo(Projections.of(replayed(other), STUDENTS));
    }

    @Test
    void aSnapshotOfAStreamRewrittenSinceIsIgnored() {
        Path file = directory.resolve("archives.snapshot");
        campus(file);
        // the same ledger but Li Ming's last record written otherwise (a restored backup, then another write)
        List<Step> steps = new ArrayList<>(STEPS);
        steps.set(3, new Step(0, 0, 2, 1, 1));
        LedgerStore rewritten = written(steps);

        YibanCore opened = open(rewritten, file);

        assertThat(Projections.start(opened).detail()).contains("record 4 of archive:" + Campus.LI_MING.value(), "has the hash");
        assertThat(Projections.of(opened, STUDENTS)).isEqualTo(Projections.of(replayed(rewritten), STUDENTS));
    }

    /**
     * The store's heads settle a stream whose head is at the snapshot's version; one whose head is past it must still
     * have the snapshot's record at the snapshot's version, which a read checks.
     */
    @Test
    void aStreamRewrittenAtTheSnapshotsVersionAndWrittenOnPastItIsIgnored() {
        Path file = directory.resolve("archives.snapshot");
        campus(file);
        // Li Ming's record 4 written otherwise, then a record 5: the head is past the snapshot, record 4 differs
        List<Step> steps = new ArrayList<>(STEPS);
        steps.set(3, new Step(0, 0, 2, 1, 1));
        steps.add(new Step(0, 0, 1, 60, 2));
        LedgerStore rewritten = written(steps);
        assertThat(rewritten.version(StreamId.of("archive", Campus.LI_MING.value()))).isEqualTo(5);

        YibanCore opened = open(rewritten, file);

        assertThat(Projections.start(opened).fromSnapshot()).isFalse();
        assertThat(Projections.start(opened).detail()).contains("record 4 of archive:" + Campus.LI_MING.value(), "has the hash");
        assertThat(Projections.of(opened, STUDENTS)).isEqualTo(Projections.of(replayed(rewritten), STUDENTS));
    }

    @Test
    void manyStreamsPastTheSnapshotAreCheckedOnSeveralThreadsAndOneRewrittenIsFound() {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = manyStudents(file, -1);
        LedgerStore rewritten = manyStudents(directory.resolve("elsewhere.snapshot"), 437);
        for (LedgerStore each : List.of(store, rewritten)) { // every stream goes on past the snapshot: 600 reads
            try (YibanCore core = YibanCore.builder().store(each).clock(Campus.clock()).build()) {
                for (StudentNo student : many()) {
                    core.archives().of(student).record(entry());
                }
            }
        }

        YibanCore loaded = open(store, file);
        YibanCore ignored = open(rewritten, file);

        assertThat(Projections.start(loaded).fromSnapshot()).isTrue();
        assertThat(Projections.start(loaded).detail()).contains("600 archives were caught up");
        assertThat(Projections.of(loaded, many())).isEqualTo(Projections.of(replayed(store), many()));
        assertThat(Projections.start(ignored).fromSnapshot()).isFalse();
        assertThat(Projections.start(ignored).detail()).contains("record 1 of archive:" + many().get(437).value(), "has the hash");
        assertThat(Projections.of(ignored, many())).isEqualTo(Projections.of(replayed(rewritten), many()));
    }

    @Test
    void aSnapshotOfAStreamTheStoreLacksOrHasShorterIsIgnored() {
        Path file = directory.resolve("archives.snapshot");
        campus(file);
        LedgerStore shorter = written(STEPS.subList(0, 3));

        YibanCore opened = open(shorter, file);

        // Li Ming's stream has 3 records of the snapshot's 4; Wang Fang's and Zhao Lei's are not in the store
        assertThat(Projections.start(opened).fromSnapshot()).isFalse();
        assertThat(Projections.start(opened).detail()).containsAnyOf("has no record 4", "has no stream");
        assertThat(Projections.of(opened, STUDENTS)).isEqualTo(Projections.of(replayed(shorter), STUDENTS));
    }

    @Test
    void aTruncatedFileIsIgnoredWhereverItIsCut() throws IOException {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);
        byte[] whole = Files.readAllBytes(file);
        Map<String, List<?>> replay = Projections.of(replayed(store), STUDENTS);

        for (int length : new int[] {0, 5, 12, 20, whole.length / 3, whole.length / 2, whole.length - 9, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            YibanCore opened = open(store, file);
            assertThat(Projections.start(opened).fromSnapshot()).as("cut at %d", length).isFalse();
            assertThat(Projections.of(opened, STUDENTS)).as("cut at %d", length).isEqualTo(replay);
        }
    }

    @Test
    void aDamagedOrGarbageFileIsIgnored() throws IOException {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);
        byte[] whole = Files.readAllBytes(file);
        Map<String, List<?>> replay = Projections.of(replayed(store), STUDENTS);
        Random random = new Random(20220609L);
        List<byte[]> bad = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] damaged = whole.clone();
            damaged[12 + random.nextInt(whole.length - 12)] ^= (byte) (1 << random.nextInt(8));
            bad.add(damaged);
        }
        byte[] garbage = new byte[whole.length];
        random.nextBytes(garbage);
        bad.add(garbage);
        byte[] startsRight = garbage.clone();
        System.arraycopy(whole, 0, startsRight, 0, 12);
        bad.add(startsRight);

        for (byte[] bytes : bad) {
            Files.write(file, bytes);
            YibanCore opened = open(store, file);
            assertThat(Projections.start(opened).fromSnapshot()).isFalse();
            assertThat(Projections.of(opened, STUDENTS)).isEqualTo(replay);
        }
    }

    @Test
    void aFileOfAnotherFormatIsIgnoredNamingTheFormat() throws IOException {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[8] = 2;
        Files.write(file, bytes);

        assertThat(Projections.start(open(store, file)).detail()).contains("format 2, not 1");
        bytes[0] = 'X';
        Files.write(file, bytes);
        assertThat(Projections.start(open(store, file)).detail()).contains("does not start as a snapshot");
    }

    @Test
    void aWriteKilledHalfWayLeavesThePreviousSnapshotUsable() throws IOException {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);
        byte[] written = Files.readAllBytes(file);
        // a process killed while writing the next snapshot: half a file beside it
        Files.write(ArchiveSnapshot.temporary(file), Arrays.copyOf(written, written.length / 2));

        YibanCore opened = open(store, file);
        assertThat(Projections.start(opened).fromSnapshot()).isTrue();
        opened.archives().of(Campus.ZHAO_LEI).record(entry());
        opened.close();

        assertThat(ArchiveSnapshot.temporary(file)).doesNotExist();
        YibanCore again = open(store, file);
        assertThat(Projections.start(again).fromSnapshot()).isTrue();
        assertThat(Projections.of(again, STUDENTS)).isEqualTo(Projections.of(replayed(store), STUDENTS));
    }

    @Test
    void aWriteKilledBeforeAnySnapshotLeavesAStartThatReplays() throws IOException {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(directory.resolve("elsewhere.snapshot"));
        Files.write(ArchiveSnapshot.temporary(file), new byte[] {'Y', 'B'});

        YibanCore opened = open(store, file);

        assertThat(Projections.start(opened).fromSnapshot()).isFalse();
        assertThat(Projections.of(opened, STUDENTS)).isEqualTo(Projections.of(replayed(store), STUDENTS));
    }

    @Test
    void aLoadedSnapshotWarmsTheLedgersHeadsAndTakesNewWrites() {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);
        StreamId liMing = StreamId.of(ArchiveService.STREAM_KIND, Campus.LI_MING.value());

        YibanCore opened = open(store, file);

        assertThat(opened.ledger().checkpoint(liMing)).hasValueSatisfying(head -> {
            assertThat(head.version()).isEqualTo(4);
            assertThat(head.hash()).isEqualTo(store.read(liMing, 4, 1).get(0).hash());
        });
        // Li Ming's first entry (sequence 1) was corrected by 3; his second (2) revoked by 4: neither takes a correction
        EntryRef corrected = new EntryRef(Campus.LI_MING, 3);
        opened.archives().of(Campus.LI_MING).correct(corrected, entry(), "更正");
        opened.archives().of(Campus.WANG_FANG).revoke(new EntryRef(Campus.WANG_FANG, 1), "撤销", Campus.COUNSELLOR);
        assertThat(Projections.of(opened, STUDENTS)).isEqualTo(Projections.of(replayed(store), STUDENTS));
        assertThat(opened.verify().ok()).isTrue();
    }

    @Test
    void aSnapshotNothingChangedSinceLoadingIsNotWrittenAgain() throws IOException {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = campus(file);
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, written);

        YibanCore opened = open(store, file);
        assertThat(((ArchiveService) opened.archives()).writeSnapshot()).isFalse();
        opened.close();

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void theHeadsOfManyArchivesAreCheckedOnSeveralThreadsAndOneDifferingIsFound() {
        Path file = directory.resolve("archives.snapshot");
        LedgerStore store = manyStudents(file, -1);
        LedgerStore rewritten = manyStudents(directory.resolve("elsewhere.snapshot"), 437);

        YibanCore loaded = open(store, file);
        YibanCore ignored = open(rewritten, file);

        assertThat(Projections.start(loaded).fromSnapshot()).isTrue();
        assertThat(Projections.of(loaded, many())).isEqualTo(Projections.of(replayed(store), many()));
        assertThat(Projections.start(ignored).detail()).contains("record 1 of archive:" + many().get(437).value(), "has the hash");
        assertThat(Projections.of(ignored, many())).isEqualTo(Projections.of(replayed(rewritten), many()));
    }

    @Test
    void aColumnShorterThanItsTermIsRefusedNamingBothCounts() throws IOException {
        Path file = directory.resolve("columns");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ArchiveSnapshot.Output out = new ArchiveSnapshot.Output(channel);
            out.i32(1);
            out.str(Campus.LI_MING.value());
            out.i32(1);
            out.str(Category.VOLUNTEER.code());
            out.i32(1);
            out.i32(0); // one attribute set, empty
            out.i32(1);
            out.str(Campus.T2022_1.toString());
            out.i32(2); // two rows
            out.i32s(new int[] {0, 0}, 2); // students
            out.i32s(new int[] {1}, 1); // sequences: one short
            for (int column = 0; column < 3; column++) {
                out.i32s(new int[] {0, 0}, 2); // days, points, attribute sets
            }
            out.i16s(new short[] {0, 0}, 2); // categories
            for (int column = 0; column < 3; column++) {
                out.i8s(new byte[] {0, 0}, 2); // dimensions, visibilities, flags
            }
            out.finish();
        }

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ArchiveSnapshot.Input in = new ArchiveSnapshot.Input(channel, channel.size() - Long.BYTES);
            assertThatThrownBy(() -> ArchiveColumnStore.readFrom(in))
                    .isInstanceOf(ArchiveSnapshot.Unusable.class)
                    .hasMessage("a column holds 1 rows where its term has 2");
        }
    }

    /** 600 more students of EDU2201, an entry each (student {@code odd}'s worth other points), written with the snapshot. */
    private static LedgerStore manyStudents(Path file, int odd) {
        LedgerStore store = new Projections.Kept();
        try (YibanCore writer = open(store, file)) {
            Campus.fill(writer.directory());
            List<StudentNo> students = many();
            for (int i = 0; i < students.size(); i++) {
                writer.directory().enrol(Enrolment.of(students.get(i), "学生" + i, Campus.EDU2201, LocalDate.of(2022, 9, 1)));
                writer.archives().of(students.get(i)).record(
                        Campus.entry(Campus.T2022_1, LocalDate.of(2022, 10, 1), i == odd ? "9" : "1", Visibility.CAMPUS));
            }
        }
        return store;
    }

    private static List<StudentNo> many() {
        List<StudentNo> students = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            students.add(StudentNo.of(String.format("2022019%03d", i)));
        }
        return students;
    }

    private static ArchiveEntry entry() {
        return Campus.entry(Campus.T2022_2, LocalDate.of(2023, 3, 1), "2", Visibility.CAMPUS);
    }
}
