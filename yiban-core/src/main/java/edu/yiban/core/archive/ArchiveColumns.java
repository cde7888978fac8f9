package edu.yiban.core.archive;

import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * The compact projection of all growth archives that evaluation reads: one set of primitive columns
 * per term, a row per entry, so that one term's working set is a few contiguous arrays and a pass over
 * a whole campus's term is a loop over {@code int}s. Students, categories and attribute sets are
 * interned to small integers.
 *
 * <pre>{@code
 * ArchiveColumns columns = archives.columns();
 * TermColumns t = columns.term(term);
 * long[] moral = new long[columns.studentCount()];   // counted after the snapshot: covers its every row
 * for (int row = 0; row < t.size(); row++) {
 *     if (t.effective(row) && t.dimension(row) == Dimension.MORAL.ordinal() && t.points(row) != ArchiveColumns.NO_POINTS) {
 *         moral[t.student(row)] += t.points(row);
 *     }
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ArchiveColumns {
    /** {@link TermColumns#points} of an entry without points. */
    int NO_POINTS = Integer.MIN_VALUE;
    /** {@link TermColumns#dimension} of an entry without a dimension. */
    int NO_DIMENSION = -1;

    /** The terms that have entries, in order. */
    List<TermId> terms();

    /** A consistent snapshot of {@code term}'s rows (empty when the term has none). */
    TermColumns term(TermId term);

    /**
     * Snapshots of {@code terms}' rows, in that order, taken at one moment: an entry corrected into another
     * term is effective in exactly one of them, where snapshots taken one by one with {@link #term} could
     * see it in both or in neither. This default takes them one by one.
     */
    default List<TermColumns> snapshot(List<TermId> terms) {
        return terms.stream().map(this::term).toList();
    }

    /**
     * How many students are interned; student indexes run from 0 below this. Students are interned as
     * their archives open, at any time: every row of a {@link #term} snapshot has a student below a count
     * read after taking it, while {@link #indexOf} may meanwhile give a student an index past that count.
     */
    int studentCount();

    /** The student with index {@code index}. */
    StudentNo student(int index);

    /** The index of {@code student}, if it has one. */
    OptionalInt indexOf(StudentNo student);

    /** The category with code {@code code} (as in {@link TermColumns#category}). */
    Category category(int code);

    /** The code of {@code category}, if any entry has it. */
    OptionalInt codeOf(Category category);

    /** The attribute set with id {@code id} (as in {@link TermColumns#attributes}). */
    SortedMap<String, String> attributes(int id);

    /** The number of rows in all terms. */
    long rows();

    /** The bytes the columns' arrays occupy (capacity, not only the rows in use), for capacity planning. */
    long bytes();
}
