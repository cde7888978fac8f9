package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import java.util.Arrays;
import java.util.Objects;

/**
 * Every student's total and place in their class, as one of the three evaluations of
 * {@link CampusEvaluationBenchmark} computed it, indexed by the archives' student index
 * ({@link ArchiveColumns#student(int)}).
 *
 * @param totals each student's total in hundredths (8,275 is 82.75)
 * @param ranks  each student's place in their class, from 1 (every place taken once)
 */
record CampusScores(int[] totals, int[] ranks) {
    CampusScores {
        Objects.requireNonNull(totals, "totals is null");
        Objects.requireNonNull(ranks, "ranks is null");
        if (totals.length != ranks.length) {
            throw new IllegalArgumentException(totals.length + " totals but " + ranks.length + " ranks");
        }
    }

    /**
     * Checks that {@code other} gives every student the same total and place.
     *
     * @throws IllegalStateException naming the first student on whom they differ, by 学号
     */
    void requireAgreement(String name, String otherName, CampusScores other, ArchiveColumns columns) {
        if (other.totals.length != totals.length) {
            throw new IllegalStateException(name + " scored " + totals.length + " students, " + otherName + " " + other.totals.length);
        }
        for (int s = 0; s < totals.length; s++) {
            if (totals[s] != other.totals[s] || ranks[s] != other.ranks[s]) {
                throw new IllegalStateException(String.format("%s: %s gives total %d.%02d rank %d, %s gives %d.%02d rank %d",
                        columns.student(s).value(), name, totals[s] / 100, totals[s] % 100, ranks[s],
                        otherName, other.totals[s] / 100, other.totals[s] % 100, other.ranks[s]));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampusScores c && Arrays.equals(totals, c.totals) && Arrays.equals(ranks, c.ranks);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(totals) + Arrays.hashCode(ranks);
    }

    @Override
    public String toString() {
        return "CampusScores[" + totals.length + " students]";
    }
}
