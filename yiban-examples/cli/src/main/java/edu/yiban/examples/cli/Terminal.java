package edu.yiban.examples.cli;

/** What a terminal needs to line up Chinese and Latin text: Chinese characters take two columns. */
final class Terminal {
    private Terminal() {
    }

    /** The columns {@code text} takes in a terminal: two for each wide (East Asian) character, one for others. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    /** {@code text} padded with spaces on the right to {@code columns} columns (at least one space). */
    static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(1, columns - width(text)));
    }

    /** {@code text} padded with spaces on the left to {@code columns} columns. */
    static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - width(text))) + text;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
