package edu.yiban.importers.internal;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""}); records end with CRLF or LF. A leading byte order mark is dropped.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Csv {
    private Csv() {
    }

    /** One record and the line of the file it starts on (1-based). */
    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }

        /** Whether every cell is blank: such a line is passed over, as spreadsheets write them. */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown when a quoted field never closes; {@code line} is where it opened. */
    public static final class UnclosedQuote extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        UnclosedQuote(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        /** The line the quote opened on. */
        public int line() {
            return line;
        }
    }

    /** Every record of {@code text}. */
    public static List<Line> parse(String text) throws UnclosedQuote {
        List<Line> lines = new ArrayList<>();
        int i = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int line = 1;
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int quoteLine = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // CR before LF ends the record with the LF; a lone CR is kept as text
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        cell.append(c);
                    }
                }
                case '\n' -> {
                    cells.add(cell.toString());
                    lines.add(new Line(start, cells));
                    cells = new ArrayList<>();
                    cell.setLength(0);
                    any = false;
                    line++;
                    start = line;
                }
                default -> {
                    cell.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new UnclosedQuote(quoteLine);
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            lines.add(new Line(start, cells));
        }
        return lines;
    }
}
