package edu.yiban.core.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchive;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.visibility.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A runtime started from a projection snapshot has exactly the projection of one that replayed the ledger: the same
 * rows in every term, the same timelines, histories and revocations, after any recordings, corrections and revocations
 * across terms — whether the snapshot is current or older than the ledger (caught up), and after more writes on the
 * runtime that loaded it.
 */
class ArchiveSnapshotProperties {
    static final List<StudentNo> STUDENTS = List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI);
    private static final List<TermId> TERMS = List.of(Campus.T2022_1, Campus.T2022_2, Campus.T2023_1);
    private static final List<Category> CATEGORIES = List.of(Category.VOLUNTEER, Category.AWARD, Category.of("dorm"));

    /** One step: 0 record, 1 correct, 2 revoke; for a student; the rest picks entries and values. */
    record Step(int kind, int student, int term, int points, int pick) {
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(-500, 2000),
                Arbitraries.integers().between(0, 100)).as(Step::new);
    }

    /**
     * Steps {@code [0, first)} on a runtime that writes the snapshot as it closes, {@code [first, second)} on one
     * without it (the ledger moves past the snapshot), the rest on a runtime started from the snapshot; then a runtime
     * started from the snapshot that one wrote, and one that replayed, equal it.
     */
    @Property(tries = 40)
    void aRuntimeStartedFromASnapshotHasTheProjectionOfOneThatReplayed(
            @ForAll @Size(max = 40) List<@From("steps") Step> steps,
            @ForAll @IntRange(max = 40) int first, @ForAll @IntRange(max = 40) int second) throws IOException {
        int a = Math.min(first, steps.size());
        int b = Math.max(a, Math.min(second, steps.size()));
        Path directory = Files.createTempDirectory("yiban-snapshot-");
        try {
            Path file = directory.resolve("archives.snapshot");
            LedgerStore store = new Projections.Kept();
            Map<StudentNo, List<EntryRef>> effective = new HashMap<>();
            try (YibanCore writer = open(store, file)) {
                Campus.fill(writer.directory());
                run(writer, steps.subList(0, a), effective);
            }
            try (YibanCore plain = YibanCore.builder().store(store).clock(Campus.clock()).build()) {
                run(plain, steps.subList(a, b), effective);
            }

            YibanCore loaded = open(store, file);
            assertThat(Projections.start(loaded).fromSnapshot()).isTrue();
            assertThat(Projections.of(loaded, STUDENTS)).isEqualTo(Projections.of(replayed(store), STUDENTS));
            run(loaded, steps.subList(b, steps.size()), effective);
            Map<String, List<?>> live = Projections.of(loaded, STUDENTS);
            loaded.close();

            YibanCore again = open(store, file);
            assertThat(Projections.start(again).fromSnapshot()).isTrue();
            assertThat(Projections.start(again).detail()).contains("0 archives were caught up from it, 0 replayed");
            assertThat(Projections.of(again, STUDENTS)).isEqualTo(live).isEqualTo(Projections.of(replayed(store), STUDENTS));
            assertThat(again.verify().ok()).isTrue();
        } finally {
            delete(directory);
        }
    }

    static YibanCore open(LedgerStore store, Path snapshot) {
        return YibanCore.builder().store(store).clock(Campus.clock()).snapshot(snapshot).build();
    }

    static YibanCore replayed(LedgerStore store) {
        YibanCore core = YibanCore.builder().store(store).clock(Campus.clock()).build();
        assertThat(Projections.start(core).fromSnapshot()).isFalse();
        return core;
    }

    /** Runs {@code steps} on {@code core}'s archives, keeping each student's effective entries in {@code effective}. */
    static void run(YibanCore core, List<Step> steps, Map<StudentNo, List<EntryRef>> effective) {
        for (Step step : steps) {
            StudentNo student = STUDENTS.get(step.student());
            GrowthArchive archive = core.archives().of(student);
            List<EntryRef> mine = effective.computeIfAbsent(student, s -> new ArrayList<>());
            ArchiveEntry entry = entry(step);
            if (step.kind() == 0 || mine.isEmpty()) {
                mine.add(archive.record(entry));
            } else if (step.kind() == 1) {
                EntryRef target = mine.remove(step.pick() % mine.size());
                mine.add(archive.correct(target, entry, "更正"));
            } else {
                archive.revoke(mine.remove(step.pick() % mine.size()), "撤销", Campus.COUNSELLOR);
            }
        }
    }

    /** An entry varied by the step: its term, category, points or none, attribute set and visibility. */
    static ArchiveEntry entry(Step step) {
        ArchiveEntry.Builder b = ArchiveEntry.builder()
                .date(LocalDate.of(2022, 10, 1).plusDays(step.points() & 31))
                .term(TERMS.get(step.term()))
                .category(CATEGORIES.get(step.pick() % CATEGORIES.size()))
                .title("记录 " + step.points())
                .source(SourceSystem.YOUTH_LEAGUE).recordedBy(Campus.COUNSELLOR)
                .visibility(step.pick() % 2 == 0 ? Visibility.CAMPUS : Visibility.PUBLIC);
        if (step.points() % 3 != 0) {
            b.points(Dimension.MORAL, Points.ofHundredths(step.points()));
        }
        if (step.pick() % 4 != 0) {
            b.attribute("hours", String.valueOf(step.pick() % 5));
        }
        if (step.pick() % 7 == 0) {
            b.attribute("level", "国家级");
        }
        return b.build();
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
