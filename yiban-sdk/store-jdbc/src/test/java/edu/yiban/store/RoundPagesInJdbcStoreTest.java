package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.scoring.round.Computation;
import edu.yiban.scoring.round.RoundDraft;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import edu.yiban.sdk.Yiban;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A students' round over 253 students (the test campus's three and 250 more in EDU2201, each with one grade),
 * computed over a database and read back by a runtime opened again over it: the results are a header and
 * bounded pages of at most 100 subjects, and come back equal, with the same SHA-256.
 */
class RoundPagesInJdbcStoreTest {
    private static final RoundId ROUND = RoundId.of("2022-2023-1-zongce");
    private static final StreamId STREAM = StreamId.of("round", ROUND.value());

    static List<TestDatabase> databases() {
        return TestDatabase.each();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPagedComputationRebuildsFromTheDatabaseToEqualResults(TestDatabase database) {
        Computation before;
        try (Yiban yiban = Yiban.builder().store(database.open()).clock(Campus.clock()).build()) {
            Campus.fill(yiban.campus());
            List<StudentNo> students = new ArrayList<>(List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI));
            for (int i = 1; i <= 250; i++) {
                StudentNo no = StudentNo.of("2022019%03d".formatted(i));
                yiban.campus().enrol(Enrolment.of(no, "学生" + i, Campus.EDU2201, LocalDate.of(2022, 9, 1)));
                students.add(no);
            }
            for (int i = 0; i < students.size(); i++) {
                yiban.archive(students.get(i)).record(grade(60 + i % 40));
            }
            yiban.scoring().rounds().draft(RoundDraft.of(ROUND, new Bilingual("综合测评", "evaluation"), RoundPeriod.of(Campus.T2022_1),
                    YibanScoring.STUDENTS, "1"), Campus.COUNSELLOR);
            before = yiban.scoring().rounds().compute(ROUND, Campus.COUNSELLOR);
        }

        try (Yiban again = Yiban.builder().store(database.open()).clock(Campus.clock()).build()) {
            Computation after = again.scoring().rounds().round(ROUND).orElseThrow().current().orElseThrow();

            assertThat(after).isEqualTo(before);
            assertThat(after.results().results()).hasSize(253);
            assertThat(after.results().sha256()).isEqualTo(before.sha256());
            List<StoredRecord> records = again.core().ledger().read(STREAM, 1);
            // 253 subjects: at least three pages of at most 100 (more where a page fills its bytes first)
            assertThat(records).extracting(StoredRecord::type).startsWith("round.drafted", "round.computation")
                    .containsOnly("round.drafted", "round.computation", "round.results-page");
            assertThat(records).filteredOn(r -> r.type().equals("round.results-page")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(records).allSatisfy(r -> assertThat(r.payloadLength()).isLessThan(1 << 20));
            assertThat(again.core().verify().ok()).isTrue();
        }
    }

    private static ArchiveEntry grade(int score) {
        return ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(Campus.T2022_1).category(Category.ACADEMIC)
                .title("MATH101 " + score).attribute("course", "MATH101").attribute("credits", "4").attribute("score", Integer.toString(score))
                .source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(Campus.COUNSELLOR).visibility(Visibility.FAMILY).build();
    }
}
