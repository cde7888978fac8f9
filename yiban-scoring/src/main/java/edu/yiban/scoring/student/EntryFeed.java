package edu.yiban.scoring.student;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.id.StudentNo;
import java.util.List;
import java.util.Map;

/** Feeds one term's effective archive entries to the tallies of the students evaluated. */
@FunctionalInterface
interface EntryFeed {
    /**
     * Feeds {@code term}'s entries of the students in {@code tallies} (started on the term).
     *
     * @param term     the term
     * @param inPeriod whether the term is evaluated; when not, only entries the rules count by days held matter
     *                 and a feed may pass over the rest
     * @param tallies  the tallies, by student
     * @param book     the rules that compile each entry's category and attributes
     */
    void term(TermSpan term, boolean inPeriod, Map<StudentNo, Tally> tallies, RuleBook book);

    /** Told the terms it will be asked for, in order, before the first {@link #term}: a feed may read them all at one moment. */
    default void period(List<TermSpan> terms) {
    }

    /** The evaluation's own feed: one pass over each term's rows of {@code columns}. */
    static EntryFeed columns(ArchiveColumns columns) {
        return new ColumnFeed(columns);
    }
}
