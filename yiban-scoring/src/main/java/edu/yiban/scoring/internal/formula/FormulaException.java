package edu.yiban.scoring.internal.formula;

import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A fault in a {@link Formula} (公式): found while parsing (an unknown variable, a missing bracket, a condition
 * where a number is needed…) or while evaluating (a divisor that came to 0). It names the character at fault
 * and says in Chinese and English what is wrong and, where it helps, what would be valid there:
 *
 * <pre>{@code
 * try {
 *     Formula.parse("min(pux * 10, 100)", Set.of("pu"));
 * } catch (FormulaException e) {
 *     e.position();       // 4, the p of pux
 *     e.problem().zh();   // 公式“min(pux * 10, 100)”第 5 个字符处：未知的变量“pux”；可用的变量：pu
 *     e.getMessage();     // at column 5 of `min(pux * 10, 100)`: unknown variable 'pux'; the variables are: pu
 * }
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class FormulaException extends RuntimeException {
    private final int position;
    private final transient Text problem;

    FormulaException(int position, Text problem) {
        this.position = position;
        this.problem = Objects.requireNonNull(problem, "problem is null");
    }

    /** The fault {@code key} at {@code position} of {@code source}: the pattern gets the 1-based column, the source, then {@code args}. */
    static FormulaException at(String source, int position, String key, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = position + 1;
        all[1] = source;
        System.arraycopy(args, 0, all, 2, args.length);
        return new FormulaException(position, ScoringMessages.BUNDLE.text(key, all));
    }

    /** The 0-based offset in the formula's source of the character at fault. */
    public int position() {
        return position;
    }

    /** What is wrong, in Chinese and English; its {@linkplain Text#key() key} tells the kinds of fault apart. */
    public Text problem() {
        return problem;
    }

    /** The problem in English. */
    @Override
    public String getMessage() {
        return problem.en();
    }
}
