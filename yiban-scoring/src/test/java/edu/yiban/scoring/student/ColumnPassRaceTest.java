package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.internal.student.EntryFeed;
import edu.yiban.scoring.internal.student.StudentEvaluator;
import edu.yiban.scoring.result.RawValues;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * An archive opened while an evaluation reads the columns: the student is interned between the pass's
 * snapshot and its count, the moment a writer thread hit in CI. The pass reads its snapshot and does
 * not trip over the newcomer's index; the next pass sees the newcomer's entry.
 */
class ColumnPassRaceTest extends OneStudentCampus {
    @Test
    void aStudentInternedDuringThePassIsLeftToTheNextPass() {
        campus.record(li, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.MORAL, "2"));
        StudentNo wang = campus.enrol("2022010102", "王芳", StudentCampus.EDU2201);
        StudentEvaluator evaluation = (StudentEvaluator) campus.evaluation();
        EvaluationPeriod term = EvaluationPeriod.term(T2022_1);
        RawValues before = evaluation.rawValues(term);
        ArchiveColumns columns = campus.core.archives().columns();
        assertThat(columns.indexOf(wang)).as("王芳's archive is not open yet").isEmpty();

        ArchiveColumns racing = new OpensAnArchiveWhileCounted(columns,
                () -> campus.record(wang, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.MORAL, "3")));
        RawValues during = evaluation.pass(evaluation.book(term), term, EntryFeed.columns(racing)).raw();

        assertThat(columns.indexOf(wang)).hasValue(columns.studentCount() - 1);
        assertThat(during).isEqualTo(before);
        assertThat(evaluation.rawValues(term).subjects().get(wang.value()))
                .isNotEqualTo(before.subjects().get(wang.value()));
    }

    /** Columns that let a writer open another archive right after the count is read. */
    private record OpensAnArchiveWhileCounted(ArchiveColumns columns, Runnable writer) implements ArchiveColumns {
        @Override
        public int studentCount() {
            int count = columns.studentCount();
            writer.run();
            return count;
        }

        @Override
        public List<TermId> terms() {
            return columns.terms();
        }

        @Override
        public TermColumns term(TermId term) {
            return columns.term(term);
        }

        @Override
        public StudentNo student(int index) {
            return columns.student(index);
        }

        @Override
        public OptionalInt indexOf(StudentNo student) {
            return columns.indexOf(student);
        }

        @Override
        public Category category(int code) {
            return columns.category(code);
        }

        @Override
        public OptionalInt codeOf(Category category) {
            return columns.codeOf(category);
        }

        @Override
        public SortedMap<String, String> attributes(int id) {
            return columns.attributes(id);
        }

        @Override
        public long rows() {
            return columns.rows();
        }

        @Override
        public long bytes() {
            return columns.bytes();
        }
    }
}
