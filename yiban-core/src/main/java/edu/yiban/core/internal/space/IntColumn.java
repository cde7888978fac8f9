package edu.yiban.core.internal.space;

import java.util.Arrays;

/** A growable column of {@code int}s: one array, doubled when full. Not thread-safe. */
final class IntColumn {
    private int[] values = new int[16];
    private int size;

    /** Appends {@code value}; the result is its row. */
    int add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        return size++;
    }

    int get(int row) {
        return values[row];
    }

    void set(int row, int value) {
        values[row] = value;
    }

    int size() {
        return size;
    }
}
