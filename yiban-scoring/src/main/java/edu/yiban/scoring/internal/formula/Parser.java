package edu.yiban.scoring.internal.formula;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.formula.NumberExpr.Literal;
import edu.yiban.scoring.internal.formula.Token.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A recursive-descent parser of the grammar in {@link Formula}, one level per rule, that types every piece as it
 * builds it. Loops take the operators of one level ({@code a + b + c}); only brackets, calls, {@code not} and a
 * minus sign go one level deeper, and never more than {@link Formula#MAX_DEPTH} levels, so no source can
 * exhaust the stack.
 */
final class Parser {
    /** What may begin a number: said where one is missing. */
    private static final Text OPERAND = ScoringMessages.BUNDLE.text("formula.expected.operand");

    private final String source;
    private final @Nullable SortedSet<String> allowed;
    private final List<Token> tokens;
    private final SortedSet<String> used = new TreeSet<>();
    private int next;
    private int depth;

    private Parser(String source, @Nullable SortedSet<String> allowed) {
        this.source = source;
        this.allowed = allowed;
        this.tokens = Lexer.tokens(source);
    }

    /** The number {@code source} gives; {@code used} receives the variables it uses; {@code allowed} null allows any name. */
    static NumberExpr parse(String source, @Nullable SortedSet<String> allowed, Set<String> used) {
        Parser parser = new Parser(source, allowed);
        NumberExpr root = parser.formula();
        used.addAll(parser.used);
        return root;
    }

    private NumberExpr formula() {
        if (peek().kind() == Kind.END) {
            throw FormulaException.at(source, 0, "formula.empty");
        }
        Expr root = or();
        Token after = peek();
        if (after.kind() != Kind.END) {
            throw fault(after, "formula.trailing", after.text());
        }
        if (root instanceof ConditionExpr) {
            throw FormulaException.at(source, root.start(), "formula.result.condition");
        }
        return (NumberExpr) root;
    }

    // or := and ('or' and)*
    private Expr or() {
        Expr left = and();
        while (peek().is("or")) {
            ConditionExpr l = condition(left);
            take();
            left = new ConditionExpr.Junction(false, l, condition(and()));
        }
        return left;
    }

    // and := not ('and' not)*
    private Expr and() {
        Expr left = not();
        while (peek().is("and")) {
            ConditionExpr l = condition(left);
            take();
            left = new ConditionExpr.Junction(true, l, condition(not()));
        }
        return left;
    }

    // not := 'not' not | cmp
    private Expr not() {
        if (!peek().is("not")) {
            return comparison();
        }
        Token word = take();
        enter(word);
        ConditionExpr operand = condition(not());
        depth--;
        return new ConditionExpr.Not(operand, word.position());
    }

    // cmp := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum)?
    private Expr comparison() {
        Expr left = sum();
        if (!peek().kind().comparison()) {
            return left;
        }
        NumberExpr l = number(left);
        Token operator = take();
        NumberExpr r = number(sum());
        if (peek().kind().comparison()) {
            throw fault(peek(), "formula.chain", peek().text());
        }
        return new ConditionExpr.Comparison(ConditionExpr.Comparison.Operator.of(operator.kind()), l, r);
    }

    // sum := product (('+' | '-') product)*
    private Expr sum() {
        Expr left = product();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            NumberExpr l = number(left);
            Token operator = take();
            left = new NumberExpr.Arithmetic(operator.kind(), l, number(product()), operator.position());
        }
        return left;
    }

    // product := unary (('*' | '/') unary)*
    private Expr product() {
        Expr left = unary();
        while (peek().kind() == Kind.TIMES || peek().kind() == Kind.DIVIDE) {
            NumberExpr l = number(left);
            Token operator = take();
            left = new NumberExpr.Arithmetic(operator.kind(), l, number(unary()), operator.position());
        }
        return left;
    }

    // unary := '-' unary | primary; a minus sign right before a number makes a negative number
    private Expr unary() {
        if (peek().kind() != Kind.MINUS) {
            return primary();
        }
        Token minus = take();
        if (peek().kind() == Kind.NUMBER) {
            Token number = take();
            return new Literal(Rational.of(new BigDecimal(number.text())).negate(),
                    source.substring(minus.position(), end(number)), minus.position(), end(number));
        }
        enter(minus);
        NumberExpr operand = number(unary());
        depth--;
        return new NumberExpr.Negation(operand, minus.position());
    }

    // primary := NUMBER | NAME | NAME '(' expr (',' expr)* ')' | '(' expr ')'
    private Expr primary() {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER -> {
                take();
                return new Literal(Rational.of(new BigDecimal(token.text())), token.text(), token.position(), end(token));
            }
            case LEFT -> {
                take();
                enter(token);
                Expr inner = or();
                expect(Kind.RIGHT, "formula.expected.close");
                depth--;
                return inner;
            }
            case NAME -> {
                if (token.is("and") || token.is("or") || token.is("not")) {
                    throw fault(token, "formula.unexpected", token.text(), OPERAND);
                }
                take();
                return peek().kind() == Kind.LEFT ? call(token) : variable(token);
            }
            case END -> throw fault(token, "formula.end", OPERAND);
            default -> throw fault(token, "formula.unexpected", token.text(), OPERAND);
        }
    }

    private NumberExpr variable(Token name) {
        Builtin function = Builtin.named(name.text()).orElse(null);
        if (function != null) {
            throw fault(name, "formula.function.bare", name.text(), function.signature);
        }
        if (allowed != null && !allowed.contains(name.text())) {
            if (allowed.isEmpty()) {
                throw fault(name, "formula.variable.none", name.text());
            }
            throw fault(name, "formula.variable.unknown", name.text(), list(allowed));
        }
        used.add(name.text());
        return new NumberExpr.Variable(name.text(), name.position(), end(name));
    }

    private NumberExpr call(Token name) {
        Builtin function = Builtin.named(name.text()).orElseThrow(
                () -> fault(name, "formula.function.unknown", name.text(), Builtin.NAMES));
        Token left = take();
        enter(left);
        List<Expr> arguments = new ArrayList<>();
        arguments.add(or());
        while (peek().kind() == Kind.COMMA) {
            take();
            arguments.add(or());
        }
        Token right = expect(Kind.RIGHT, "formula.expected.next");
        depth--;
        int start = name.position();
        int end = end(right);
        if (!function.takes(arguments.size())) {
            throw fault(name, "formula.arguments", function.signature, function.least == function.most
                    ? ScoringMessages.BUNDLE.text("formula.arity.exactly", function.least)
                    : ScoringMessages.BUNDLE.text("formula.arity.atLeast", function.least), arguments.size());
        }
        return switch (function) {
            case MIN, MAX -> new NumberExpr.Extremum(function == Builtin.MAX, arguments.stream().map(this::number).toList(), start, end);
            case ABS -> new NumberExpr.Abs(number(arguments.get(0)), start, end);
            case CLAMP -> clamp(number(arguments.get(0)), number(arguments.get(1)), number(arguments.get(2)), start, end);
            case IF -> new NumberExpr.Choice(condition(arguments.get(0)), number(arguments.get(1)), number(arguments.get(2)), start, end);
            case ROUND -> rounding(function, arguments, RoundingMode.HALF_UP, start, end);
            case FLOOR -> rounding(function, arguments, RoundingMode.FLOOR, start, end);
            case CEIL -> rounding(function, arguments, RoundingMode.CEILING, start, end);
        };
    }

    /** Bounds written as numbers are checked now: {@code clamp(x, 10, 0)} is a fault when the formula is read. */
    private NumberExpr clamp(NumberExpr x, NumberExpr low, NumberExpr high, int start, int end) {
        if (low instanceof Literal lo && high instanceof Literal hi && lo.number().compareTo(hi.number()) > 0) {
            throw FormulaException.at(source, start, "formula.clamp.bounds", lo.number().toString(), hi.number().toString());
        }
        return new NumberExpr.Clamp(x, low, high, start, end);
    }

    /** The digits of {@code round}, {@code floor} and {@code ceil}: a whole number 0 to 8 written as it is. */
    private NumberExpr rounding(Builtin function, List<Expr> arguments, RoundingMode mode, int start, int end) {
        NumberExpr x = number(arguments.get(0));
        Expr n = arguments.get(1);
        if (!(n instanceof Literal digits) || !digits.whole() || digits.number().signum() < 0
                || digits.number().compareTo(Rational.of(Formula.MAX_DECIMALS)) > 0) {
            throw FormulaException.at(source, n.start(), "formula.digits", function.word, excerpt(n), Formula.MAX_DECIMALS);
        }
        return new NumberExpr.Rounding(x, digits.number().numerator().intValueExact(), mode, start, end);
    }

    /** {@code expr}, which must give a number. */
    private NumberExpr number(Expr expr) {
        if (expr instanceof NumberExpr n) {
            return n;
        }
        throw FormulaException.at(source, expr.start(), "formula.type.number", excerpt(expr));
    }

    /** {@code expr}, which must give a condition. */
    private ConditionExpr condition(Expr expr) {
        if (expr instanceof ConditionExpr c) {
            return c;
        }
        throw FormulaException.at(source, expr.start(), "formula.type.condition", excerpt(expr));
    }

    /** One level deeper at {@code token}: a bracket, a call, {@code not} or a minus sign. */
    private void enter(Token token) {
        if (++depth > Formula.MAX_DEPTH) {
            throw fault(token, "formula.depth", Formula.MAX_DEPTH);
        }
    }

    private Token expect(Kind kind, String expected) {
        Token token = peek();
        if (token.kind() == kind) {
            return take();
        }
        if (token.kind() == Kind.END) {
            throw fault(token, "formula.end", ScoringMessages.BUNDLE.text(expected));
        }
        throw fault(token, "formula.unexpected", token.text(), ScoringMessages.BUNDLE.text(expected));
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private static int end(Token token) {
        return token.position() + token.text().length();
    }

    private String excerpt(Expr expr) {
        return Formula.excerpt(source.substring(expr.start(), expr.end()));
    }

    private FormulaException fault(Token token, String key, Object... args) {
        return FormulaException.at(source, token.position(), key, args);
    }

    /** The allowed names, sorted, the first {@link Formula#LISTED_NAMES} of them, then "…" if there are more. */
    private static Bilingual list(SortedSet<String> names) {
        List<String> shown = names.stream().limit(Formula.LISTED_NAMES).toList();
        String more = names.size() > shown.size() ? "…" : "";
        String zh = String.join("、", shown) + (more.isEmpty() ? "" : "、" + more);
        String en = String.join(", ", shown) + (more.isEmpty() ? "" : ", " + more);
        return new Bilingual(zh, en);
    }
}
