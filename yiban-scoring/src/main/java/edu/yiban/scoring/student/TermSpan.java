package edu.yiban.scoring.student;

import edu.yiban.core.directory.Term;
import edu.yiban.core.id.TermId;

/**
 * A term's dates as epoch days, for proration.
 *
 * @param id    the term
 * @param first its first day
 * @param last  its last day
 */
record TermSpan(TermId id, int first, int last) {
    /** The span of a declared term. */
    public static TermSpan of(Term term) {
        return new TermSpan(term.id(), (int) term.start().toEpochDay(), (int) term.end().toEpochDay());
    }

    /** The days of the term, ends included. */
    public int days() {
        return last - first + 1;
    }

    /** The days of {@code from .. to} (ends included) that lie in the term. */
    public int overlap(int from, int to) {
        return Math.max(0, Math.min(to, last) - Math.max(from, first) + 1);
    }
}
