package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.DelegatingColumns;
import edu.yiban.core.fixtures.OneWrite;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.RawValues;
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

        OneWrite write = new OneWrite(() -> campus.record(wang, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.MORAL, "3")));
        ArchiveColumns racing = new DelegatingColumns(columns) {
            @Override
            public int studentCount() {
                return write.after(super.studentCount());
            }
        };
        RawValues during = evaluation.pass(evaluation.book(term), term, EntryFeed.columns(racing)).raw();

        assertThat(write.done()).as("王芳's archive opened during the pass").isTrue();
        assertThat(columns.indexOf(wang)).hasValue(columns.studentCount() - 1);
        assertThat(during).isEqualTo(before);
        assertThat(evaluation.rawValues(term).subjects().get(wang.value()))
                .isNotEqualTo(before.subjects().get(wang.value()));
    }
}
