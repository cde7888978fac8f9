package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2022_2;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
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
 * An entry corrected into another term while a year's evaluation reads the columns: the writer runs right
 * after the pass's first snapshot, moving 李明's entry from the autumn term to the spring term. The pass
 * counts the entry once, as the archive stood before the correction or after it, not once in each term.
 */
class CorrectionAcrossTermsRaceTest extends OneStudentCampus {
    @Test
    void anEntryCorrectedIntoAnotherTermDuringTheYearsPassCountsOnce() {
        EntryRef autumn = campus.record(li, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.MORAL, "2"));
        StudentEvaluator evaluation = (StudentEvaluator) campus.evaluation();
        EvaluationPeriod year = EvaluationPeriod.year(Y2022);
        RawValues before = evaluation.rawValues(year);
        ArchiveColumns columns = campus.core.archives().columns();
        Runnable[] writer = {() -> campus.core.archives().of(li)
                .correct(autumn, campus.recorded(T2022_2, Category.ACTIVITY, Dimension.MORAL, "2"), "学期录入有误")};

        ArchiveColumns racing = new CorrectsAfterTheFirstSnapshot(columns, writer);
        RawValues during = evaluation.pass(evaluation.book(year), year, EntryFeed.columns(racing)).raw();
        RawValues after = evaluation.rawValues(year);

        assertThat(writer[0]).as("the entry was corrected during the pass").isNull();
        assertThat(before).isNotEqualTo(after);
        assertThat(during).isIn(before, after);
    }

    /** Columns that let a writer correct an entry once, right after the first snapshot of rows is taken. */
    private record CorrectsAfterTheFirstSnapshot(ArchiveColumns columns, Runnable[] writer) implements ArchiveColumns {
        private <T> T thenWrite(T read) {
            Runnable once = writer[0];
            writer[0] = null;
            if (once != null) {
                once.run();
            }
            return read;
        }

        @Override
        public TermColumns term(TermId term) {
            return thenWrite(columns.term(term));
        }

        @Override
        public List<TermColumns> snapshot(List<TermId> terms) {
            return thenWrite(columns.snapshot(terms));
        }

        @Override
        public List<TermId> terms() {
            return columns.terms();
        }

        @Override
        public int studentCount() {
            return columns.studentCount();
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
