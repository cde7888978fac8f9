package edu.yiban.scoring.result;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import edu.yiban.core.i18n.MessageBundle;
import org.apiguardian.api.API;

/**
 * Something that changed a node's score besides its children: a bonus or deduction item, a cap, a
 * floor, a veto; or a fact worth reading out (a missing value, a failed gate, a value a source failed to
 * measure), with amount 0.
 *
 * @param kind   what it is
 * @param code   the rule's code
 * @param amount what it added to the node's score (negative when it took), exact
 * @param shown  {@code amount} as shown, to two decimals, so that a node's shown parts add up
 * @param zh     what it is, in Chinese
 * @param en     what it is, in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Note(Kind kind, String code, BigDecimal amount, BigDecimal shown, String zh, String en) {

    /** What a note is. */
    public enum Kind {
        /** 加分 item. */
        BONUS,
        /** 扣分 item. */
        DEDUCTION,
        /** The score was held down to a cap (封顶). */
        CAP,
        /** The score was held up to a floor (保底). */
        FLOOR,
        /** 一票否决: the total was replaced. */
        VETO,
        /** An eligibility gate failed (no amount). */
        GATE,
        /** The indicator had no value for the subject; it scored 0 (no amount). */
        MISSING,
        /** A part's own points (加减分): its base or default and the lines of its rules, listed in the result's lines. */
        POINTS,
        /** A part's value from its formula (公式), e.g. the credit-weighted average score. */
        VALUE,
        /** A score rounded half-up to two decimals as it is published (a term's total inside its year): the rounding's amount. */
        ROUNDING,
        /**
         * A source (a plugin) failed to measure the indicator for the subject: it counted as 0 here, and the
         * result is incomplete until the subject is evaluated again (no amount). Its code is the indicator's.
         */
        INCOMPLETE
    }

    public Note {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(amount, "amount is null");
        Objects.requireNonNull(shown, "shown is null");
        Objects.requireNonNull(zh, "zh is null");
        Objects.requireNonNull(en, "en is null");
    }

    /** The note in {@code locale}'s language. */
    public String message(Locale locale) {
        return MessageBundle.choose(locale, zh, en);
    }
}
