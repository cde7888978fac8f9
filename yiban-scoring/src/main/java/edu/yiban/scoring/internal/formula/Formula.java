package edu.yiban.scoring.internal.formula;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A one-line formula (公式) of a comprehensive-evaluation rule (综合测评细则), read once when the rules are loaded
 * and evaluated exactly for each student: {@code min(pu * 10, 100)}, {@code if(score < 60, 0, score / 10 - 5)}.
 *
 * <pre>{@code
 * Formula bonus = Formula.parse("if(score < 60, 0, score / 10 - 5)", Set.of("score"));
 * bonus.evaluate(name -> Rational.of(new BigDecimal("85.5")));   // 3.55, exactly
 * }</pre>
 *
 * <p>The grammar, loosest first (whitespace may stand between tokens):
 * <pre>
 * expr    := or
 * or      := and ('or' and)*
 * and     := not ('and' not)*
 * not     := 'not' not | cmp
 * cmp     := sum (('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '==' | '!=') sum)?     -- a &lt; b &lt; c is refused
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := NUMBER | NAME | NAME '(' expr (',' expr)* ')' | '(' expr ')'
 * NUMBER  := digits ('.' digits)?                       -- at most 30 significant digits
 * NAME    := [A-Za-z_][A-Za-z0-9_]*                     -- not 'and', 'or', 'not' nor a function
 * </pre>
 *
 * <p>The functions: {@code min(a, b, …)} and {@code max(a, b, …)} of two or more numbers, {@code abs(x)},
 * {@code clamp(x, lo, hi)}, {@code if(condition, a, b)}, and {@code round(x, n)} (四舍五入, a tie away from zero
 * as {@link java.math.RoundingMode#HALF_UP}: −2.5 → −3), {@code floor(x, n)} (toward −∞) and {@code ceil(x, n)}
 * (toward +∞) to {@code n} decimals, {@code n} a whole number 0 to 8 written as it is.
 *
 * <p>Every piece is a number or a condition, checked when parsed: comparisons, {@code and}, {@code or} and
 * {@code not} give conditions; the first argument of {@code if} is a condition; everything else takes and
 * gives numbers; the whole formula gives a number. Arithmetic is exact ({@link Rational}); a number is
 * rounded only where the formula says so. {@code and}, {@code or} and {@code if} evaluate left to right and
 * skip what cannot change the result.
 *
 * <p>A formula is a sandbox: no calls beyond the functions above, at most {@value #MAX_LENGTH} characters,
 * {@value #MAX_DEPTH} levels of brackets, calls, {@code not} and minus signs inside one another, and
 * {@value #MAX_DIGITS} significant digits in a number. Any fault is a {@link FormulaException} naming its
 * character. A formula is immutable and safe to evaluate from many threads.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Formula {
    /** The most characters a formula may have. */
    public static final int MAX_LENGTH = 1000;
    /** The most levels of brackets, function calls, {@code not} and minus signs inside one another. */
    public static final int MAX_DEPTH = 64;
    /** The most significant digits of a number (zeros before the first other digit do not count). */
    public static final int MAX_DIGITS = 30;
    /** The most decimals {@code round}, {@code floor} and {@code ceil} round to. */
    public static final int MAX_DECIMALS = 8;
    /** How many of the allowed variables a fault lists before "…". */
    static final int LISTED_NAMES = 20;
    /** The longest piece of a formula a message quotes before "…". */
    private static final int EXCERPT = 40;

    private final String source;
    private final NumberExpr root;
    private final SortedSet<String> names;

    private Formula(String source, NumberExpr root, SortedSet<String> names) {
        this.source = source;
        this.root = root;
        this.names = Collections.unmodifiableSortedSet(names);
    }

    /**
     * Reads {@code source}, a formula that may use the variables {@code names} and no others.
     *
     * @param source the formula as the rule writes it
     * @param names  the variables it may use; each a NAME of the grammar that is neither a reserved word nor a
     *               function
     * @return the formula, checked and ready to evaluate
     * @throws FormulaException         when the formula breaks the grammar, the types or a limit, naming the
     *                                  character at fault
     * @throws IllegalArgumentException when one of {@code names} could never be written in a formula
     */
    public static Formula parse(String source, Set<String> names) {
        Objects.requireNonNull(source, "source is null");
        SortedSet<String> allowed = new TreeSet<>();
        for (String name : Objects.requireNonNull(names, "names is null")) {
            allowed.add(checkName(name));
        }
        if (source.length() > MAX_LENGTH) {
            throw FormulaException.at(source, MAX_LENGTH, "formula.length", source.length(), MAX_LENGTH);
        }
        SortedSet<String> used = new TreeSet<>();
        NumberExpr root = Parser.parse(source, allowed, used);
        return new Formula(source, root, used);
    }

    /**
     * Reads {@code source}, a formula whose variables may be any names: those of an archive entry's attributes,
     * which only the entry being scored tells. A name the entry lacks is reported when the entry is scored.
     *
     * @throws FormulaException when the formula breaks the grammar, the types or a limit, naming the character at fault
     */
    public static Formula parse(String source) {
        Objects.requireNonNull(source, "source is null");
        if (source.length() > MAX_LENGTH) {
            throw FormulaException.at(source, MAX_LENGTH, "formula.length", source.length(), MAX_LENGTH);
        }
        SortedSet<String> used = new TreeSet<>();
        NumberExpr root = Parser.parse(source, null, used);
        return new Formula(source, root, used);
    }

    /** The formula as written. */
    public String source() {
        return source;
    }

    /** The variables the formula uses, sorted; a subset of the names it was parsed with. */
    public Set<String> names() {
        return names;
    }

    /**
     * The formula's number for the given values, exact.
     *
     * @param values the value of each variable in {@link #names()}, each asked for once, in order
     * @throws IllegalArgumentException when {@code values} gives no value (null) for a variable the formula uses
     * @throws FormulaException         when a divisor comes to 0 (naming that {@code /}), or the bounds of a
     *                                  {@code clamp} come out the wrong way round
     */
    public Rational evaluate(Function<String, Rational> values) {
        Objects.requireNonNull(values, "values is null");
        Map<String, Rational> known = new TreeMap<>();
        for (String name : names) {
            Rational value = values.apply(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for the variable '" + name + "' of the formula `" + source + "`");
            }
            known.put(name, value);
        }
        return root.value(new Scope(source, known));
    }

    /** The formula as written. */
    @Override
    public String toString() {
        return source;
    }

    /** {@code name} if a formula can use it as a variable. */
    private static String checkName(String name) {
        Objects.requireNonNull(name, "a variable name is null");
        boolean wellFormed = !name.isEmpty() && Lexer.isNameStart(name.charAt(0))
                && name.chars().allMatch(c -> Lexer.isNamePart((char) c));
        if (!wellFormed) {
            throw new IllegalArgumentException("'" + name + "' is no variable name: a letter or '_', then letters, digits or '_'");
        }
        if (name.equals("and") || name.equals("or") || name.equals("not") || Builtin.named(name).isPresent()) {
            throw new IllegalArgumentException("'" + name + "' is a reserved word or function of formulas, no variable name");
        }
        return name;
    }

    /** {@code text} as a message quotes it: at most {@value #EXCERPT} characters, then "…". */
    static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
