package edu.yiban.sdk.plugin;

import java.util.Arrays;

/**
 * A range of versions as plugins write it: {@code [0.1,1.0)} (lower bound included, upper excluded),
 * {@code (0.1,1.0]}, {@code [0.1,)} (no upper bound), or a bare version {@code 0.1.0}, meaning that
 * version or later. Versions compare segment by segment as numbers ({@code 0.10 > 0.9}); a missing
 * segment counts as 0.
 */
record VersionRange(String lower, boolean lowerIncluded, String upper, boolean upperIncluded) {

    /** Parses {@code text}; a malformed range is an {@link IllegalArgumentException} saying why. */
    static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty version range");
        }
        String t = text.strip();
        if (!t.startsWith("[") && !t.startsWith("(")) {
            check(t);
            return new VersionRange(t, true, "", false);
        }
        if (!t.endsWith("]") && !t.endsWith(")")) {
            throw new IllegalArgumentException("a version range ends with ] or ): " + text);
        }
        String[] bounds = t.substring(1, t.length() - 1).split(",", -1);
        if (bounds.length != 2) {
            throw new IllegalArgumentException("a version range has two bounds: " + text);
        }
        String lo = bounds[0].strip();
        String hi = bounds[1].strip();
        if (!lo.isEmpty()) {
            check(lo);
        }
        if (!hi.isEmpty()) {
            check(hi);
        }
        return new VersionRange(lo, t.startsWith("["), hi, t.endsWith("]"));
    }

    /** Whether {@code version} lies in the range. */
    boolean contains(String version) {
        if (!lower.isEmpty()) {
            int c = compare(version, lower);
            if (c < 0 || (c == 0 && !lowerIncluded)) {
                return false;
            }
        }
        if (!upper.isEmpty()) {
            int c = compare(version, upper);
            return c < 0 || (c == 0 && upperIncluded);
        }
        return true;
    }

    /** Compares two versions segment by segment as numbers. */
    static int compare(String a, String b) {
        int[] x = segments(a);
        int[] y = segments(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void check(String version) {
        if (!version.matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("a version is numbers separated by dots, not " + version);
        }
    }

    private static int[] segments(String version) {
        String plain = version.replaceAll("[^0-9.].*$", "");
        return Arrays.stream(plain.split("\\.")).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }

    @Override
    public String toString() {
        if (upper.isEmpty() && lowerIncluded && !lower.isEmpty()) {
            return lower + "+";
        }
        return (lowerIncluded ? "[" : "(") + lower + "," + upper + (upperIncluded ? "]" : ")");
    }
}
