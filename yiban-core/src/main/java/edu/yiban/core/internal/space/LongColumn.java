package edu.yiban.core.internal.space;

import java.util.Arrays;

/** A growable column of {@code long}s: one array, doubled when full. Not thread-safe. */
final class LongColumn {
    private long[] values = new long[16];
    private int size;

    /** Appends {@code value}; the result is its row. */
    int add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        return size++;
    }

    long get(int row) {
        return values[row];
    }

    void set(int row, long value) {
        values[row] = value;
    }

    int size() {
        return size;
    }
}
