package edu.yiban.scoring.internal.formula;

import edu.yiban.scoring.internal.formula.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a formula's source into {@link Token}s, ending with one {@link Kind#END}. Refuses any character outside
 * the grammar, suggesting the ASCII one for a full-width character typed with a Chinese input method
 * ({@code （} → {@code (}) and the operator meant for a lone {@code =}, {@code !}, {@code &} or {@code |}.
 */
final class Lexer {
    /** Characters a person may have meant as an operator or bracket of the grammar, with what to write instead. */
    private static final Map<Integer, String> INSTEAD = Map.ofEntries(
            Map.entry((int) '=', "=="), Map.entry((int) '!', "!="), Map.entry((int) '&', "and"),
            Map.entry((int) '|', "or"), Map.entry((int) '×', "*"), Map.entry((int) '÷', "/"),
            Map.entry((int) '（', "("), Map.entry((int) '）', ")"), Map.entry((int) '，', ","),
            Map.entry((int) '＋', "+"), Map.entry((int) '－', "-"), Map.entry((int) '＊', "*"),
            Map.entry((int) '／', "/"), Map.entry((int) '＜', "<"), Map.entry((int) '＞', ">"),
            Map.entry((int) '＝', "=="), Map.entry((int) '．', "."), Map.entry((int) '。', "."),
            Map.entry((int) '≤', "<="), Map.entry((int) '≥', ">="), Map.entry((int) '≠', "!="),
            Map.entry((int) '\u3000', " "));

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private Lexer(String source) {
        this.source = source;
    }

    /** The tokens of {@code source}, the last one {@link Kind#END} at {@code source.length()}. */
    static List<Token> tokens(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                at++;
            } else if (isDigit(c)) {
                number();
            } else if (isNameStart(c)) {
                int start = at;
                while (at < source.length() && isNamePart(source.charAt(at))) {
                    at++;
                }
                add(Kind.NAME, start);
            } else {
                symbol(c);
            }
        }
        tokens.add(new Token(Kind.END, "", source.length()));
    }

    /** {@code digits ('.' digits)?} with at most {@link Formula#MAX_DIGITS} significant digits. */
    private void number() {
        int start = at;
        skipDigits();
        if (at < source.length() && source.charAt(at) == '.') {
            if (at + 1 >= source.length() || !isDigit(source.charAt(at + 1))) {
                throw FormulaException.at(source, at, "formula.number.point");
            }
            at++;
            skipDigits();
        }
        String text = source.substring(start, at);
        String digits = text.replace(".", "").replaceFirst("^0+", "");
        if (digits.length() > Formula.MAX_DIGITS) {
            throw FormulaException.at(source, start, "formula.number.digits", Formula.excerpt(text), digits.length(),
                    Formula.MAX_DIGITS);
        }
        tokens.add(new Token(Kind.NUMBER, text, start));
    }

    private void skipDigits() {
        while (at < source.length() && isDigit(source.charAt(at))) {
            at++;
        }
    }

    private void symbol(char c) {
        int start = at;
        char next = at + 1 < source.length() ? source.charAt(at + 1) : '\0';
        Kind kind = switch (c) {
            case '(' -> Kind.LEFT;
            case ')' -> Kind.RIGHT;
            case ',' -> Kind.COMMA;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.TIMES;
            case '/' -> Kind.DIVIDE;
            case '<' -> next == '=' ? Kind.LESS_OR_EQUAL : Kind.LESS;
            case '>' -> next == '=' ? Kind.GREATER_OR_EQUAL : Kind.GREATER;
            case '=' -> next == '=' ? Kind.EQUAL : null;
            case '!' -> next == '=' ? Kind.NOT_EQUAL : null;
            default -> null;
        };
        if (kind == null) {
            throw unexpected();
        }
        at += switch (kind) {
            case LESS_OR_EQUAL, GREATER_OR_EQUAL, EQUAL, NOT_EQUAL -> 2;
            default -> 1;
        };
        add(kind, start);
    }

    /** Refuses the character at {@code at}, a whole code point, suggesting what to write where a person may have meant one. */
    private FormulaException unexpected() {
        int c = source.codePointAt(at);
        String shown = new String(Character.toChars(c));
        if (c == '.') {
            return FormulaException.at(source, at, "formula.number.point");
        }
        String instead = c >= '０' && c <= '９' ? String.valueOf((char) (c - '０' + '0')) : INSTEAD.get(c);
        if (instead != null) {
            return FormulaException.at(source, at, "formula.character.instead", shown, instead);
        }
        boolean invisible = Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c);
        return FormulaException.at(source, at, "formula.character", invisible ? String.format("U+%04X", c) : shown);
    }

    private void add(Kind kind, int start) {
        tokens.add(new Token(kind, source.substring(start, at), start));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
