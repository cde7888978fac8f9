package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2022_2;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.DelegatingColumns;
import edu.yiban.core.fixtures.OneWrite;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.result.RawValues;
import java.util.List;
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
        OneWrite write = new OneWrite(() -> campus.core.archives().of(li)
                .correct(autumn, campus.recorded(T2022_2, Category.ACTIVITY, Dimension.MORAL, "2"), "学期录入有误"));

        ArchiveColumns racing = new DelegatingColumns(columns) {
            @Override
            public TermColumns term(TermId term) {
                return write.after(super.term(term));
            }

            @Override
            public List<TermColumns> snapshot(List<TermId> terms) {
                return write.after(super.snapshot(terms));
            }
        };
        RawValues during = evaluation.pass(evaluation.book(year), year, EntryFeed.columns(racing)).raw();
        RawValues after = evaluation.rawValues(year);

        assertThat(write.done()).as("the entry was corrected during the pass").isTrue();
        assertThat(before).isNotEqualTo(after);
        assertThat(during).isIn(before, after);
    }
}
