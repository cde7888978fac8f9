package edu.yiban.scoring.internal.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.student.Rule;
import java.math.BigDecimal;

/**
 * What a rule book makes of one (category, attribute set): computed once per distinct attribute set, then
 * applied to every row that has it, so that the column pass makes no object per entry.
 */
public sealed interface Compiled {
    /** Entries no rule takes and that are not grades. */
    Compiled IGNORED = new Ignored();

    /** Not taken. */
    record Ignored() implements Compiled {
    }

    /**
     * A course grade, in hundredths.
     *
     * @param credits credits × 100
     * @param score   the score × 100 (a word's score for a grade in words)
     * @param points  the grade points × 100
     * @param failed  whether the score lies below the pass mark
     */
    record Grade(long credits, long score, long points, boolean failed) implements Compiled {
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
    record Item(int rule, Bilingual label, BigDecimal points, int severity, BigDecimal factor, int divisor, int place,
                int teamSize, int fromDay, int toDay, String group, Rule.Prorate prorate) implements Compiled {
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
