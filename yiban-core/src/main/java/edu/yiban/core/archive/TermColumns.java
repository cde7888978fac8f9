package edu.yiban.core.archive;

import edu.yiban.core.id.TermId;
import org.apiguardian.api.API;

/**
 * One term's archive entries as primitive columns, a row per entry in recording order. A snapshot:
 * rows appended or entries corrected after it was taken do not show.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface TermColumns {

    /** The term. */
    TermId term();

    /** The number of rows. */
    int size();

    /** The student's index ({@link ArchiveColumns#student(int)}). */
    int student(int row);

    /** The entry's sequence in its student's archive ({@link EntryRef#sequence()}). */
    long sequence(int row);

    /** The entry's date, as days since 1970-01-01. */
    int epochDay(int row);

    /** The category's code ({@link ArchiveColumns#category(int)}). */
    int category(int row);

    /** The {@link Dimension#ordinal()}, or {@link ArchiveColumns#NO_DIMENSION}. */
    int dimension(int row);

    /** The points in hundredths, or {@link ArchiveColumns#NO_POINTS}. */
    int points(int row);

    /** The attribute set's id ({@link ArchiveColumns#attributes(int)}). */
    int attributes(int row);

    /** The visibility as a bit mask ({@link edu.yiban.core.visibility.Visibility#mask()}). */
    int visibility(int row);

    /** Whether the entry still counts (not corrected or revoked when the snapshot was taken). */
    boolean effective(int row);
}
