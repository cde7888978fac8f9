package edu.yiban.scoring.internal.formula;

/**
 * One token of a formula's source: {@code text} as written, starting at {@code position} (0-based).
 *
 * @param kind     what the token is
 * @param text     the characters as written (empty at the end)
 * @param position the offset of its first character
 */
record Token(Kind kind, String text, int position) {
    /** The kinds of token of the grammar. */
    enum Kind {
        NUMBER, NAME, LEFT, RIGHT, COMMA, PLUS, MINUS, TIMES, DIVIDE, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL,
        EQUAL, NOT_EQUAL, END;

        /** Whether this is one of the six comparisons. */
        boolean comparison() {
            return compareTo(LESS) >= 0 && compareTo(NOT_EQUAL) <= 0;
        }
    }

    /** Whether this is the name {@code word} (a reserved word such as {@code and}). */
    boolean is(String word) {
        return kind == Kind.NAME && text.equals(word);
    }
}
