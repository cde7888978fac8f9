package edu.yiban.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A table for the terminal: columns lined up, numbers on the right, Chinese characters two columns wide. */
final class Table {
    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with {@code header}; a column is right-aligned where {@code right} says so. */
    Table(List<String> header, boolean... right) {
        this.header = header;
        this.right = right;
    }

    /** Adds a row. */
    Table row(List<String> cells) {
        rows.add(cells);
        return this;
    }

    /** Prints the table, each line indented by {@code indent} spaces. */
    void print(PrintWriter out, int indent) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], Terminal.width(row.get(i)));
            }
        }
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            StringBuilder line = new StringBuilder(" ".repeat(indent));
            for (int i = 0; i < row.size(); i++) {
                boolean alignRight = i < right.length && right[i];
                String cell = row.get(i);
                line.append(alignRight ? Terminal.padLeft(cell, widths[i]) : cell + " ".repeat(widths[i] - Terminal.width(cell)));
                if (i < row.size() - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w + 2;
                }
                out.println(" ".repeat(indent) + "-".repeat(Math.max(0, total - 2)));
            }
        }
    }
}
