package edu.yiban.scoring.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a rule book makes of one (category, attribute set): computed once per distinct attribute set, then
 * applied to every row that has it, so that the column pass makes no object per entry.
 */
sealed interface Compiled {
    /** Entries no rule takes and that are not grades. */
    Compiled IGNORED = new Ignored();

    /** Not taken. */
    record Ignored() implements Compiled {
    }

    /**
     * A course grade: credits and score in hundredths, points in units of the scale's last decimal
     * ({@link edu.yiban.scoring.student.GradeScale#decimals()}); {@link #NONE} where the grade has no score (a
     * word with only points, a pass/fail word) or no points (a pass/fail word).
     *
     * @param course       the course's name for people ({@code course}, else {@code courseCode}); null when neither
     * @param key          what groups its attempts: {@code courseCode}, else {@code course}; null when neither
     * @param attempt      which attempt it is
     * @param shown        the grade as the entry writes it (the score or the word), for notes
     * @param credits      credits × 100
     * @param score        the score × 100, or {@link #NONE}
     * @param points       the grade points in units of the scale's decimals, or {@link #NONE}
     * @param failed       whether this attempt fails: a score below the pass mark, a fail, or a word of 0 points
     * @param excludedKind the entry's {@code kind} when the scale leaves that kind out (nothing else is read), else null
     */
    record Grade(@Nullable String course, @Nullable String key, GradeScale.Attempt attempt, String shown, long credits, long score,
                 long points, boolean failed, @Nullable String excludedKind) implements Compiled {
        /** No score, or no points. */
        public static final long NONE = -1;

        /** An entry of a kind the scale leaves out. */
        static Grade excluded(@Nullable String course, @Nullable String key, String kind) {
            return new Grade(course, key, GradeScale.Attempt.FIRST, kind, 0, NONE, NONE, false, kind);
        }

        /** Whether it is a pass/fail grade: neither points nor a score. */
        boolean passFail() {
            return score == NONE && points == NONE;
        }
    }

    /**
     * An entry an entry-by-entry rule takes.
     *
     * @param rule      the rule's index
     * @param label     the matched row's name (or its attribute values) for lines
     * @param points    the row's points; null for a {@code recorded} rule (the entry's own points count)
     * @param severity  the row's severity
     * @param factor    the team share of the member's place (1 when none)
     * @param divisor   the team size of an equal split (1 when none)
     * @param place     the member's place, 0 when not a team award
     * @param teamSize  the team's size, 0 when not a team award
     * @param fromDay   the epoch day the item starts ({@link Integer#MIN_VALUE}: the term's start)
     * @param toDay     the epoch day it ends ({@link Integer#MAX_VALUE}: the term's end)
     * @param group     its highest-only group, null when it counts on its own
     * @param prorate   what whole span its points are for when it counts by days held, null when it does not
     */
    record Item(int rule, Bilingual label, @Nullable BigDecimal points, int severity, BigDecimal factor, int divisor, int place,
                int teamSize, int fromDay, int toDay, @Nullable String group, Rule.@Nullable Prorate prorate) implements Compiled {
    }

    /**
     * An entry a table rule takes but no row matches: it counts 0.
     *
     * @param rule  the rule's index
     * @param label its attribute values, for lines
     */
    record NoRow(int rule, String label) implements Compiled {
    }

    /**
     * A value for an aggregate rule (hours, a rating).
     *
     * @param rule  the rule's index
     * @param value the value
     */
    record Sample(int rule, BigDecimal value) implements Compiled {
    }

    /**
     * An entry a rule cannot read: the evaluation is refused, naming it.
     *
     * @param attribute the attribute at fault
     * @param problem   what is wrong
     */
    record Bad(String attribute, Text problem) implements Compiled {
    }
}
