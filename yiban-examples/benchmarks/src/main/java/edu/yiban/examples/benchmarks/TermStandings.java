package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.id.TermId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One term of {@link FourYearCampusBenchmark} as one of its three evaluations computed it: every student's total and
 * place in class ({@link CampusScores}), award level and band, indexed by the archives' student index
 * ({@link ArchiveColumns#student(int)}).
 *
 * @param term   the term
 * @param scores each student's total in hundredths and place in class
 * @param awards each student's award level: 0 none, {@code k} the policy's {@code k}-th award ({@link ShareAwards#code})
 * @param bands  each student's band, numbered as {@link ShareAwards#band} numbers them
 */
record TermStandings(TermId term, CampusScores scores, byte[] awards, byte[] bands) {
    TermStandings {
        Objects.requireNonNull(term, "term is null");
        Objects.requireNonNull(scores, "scores is null");
        Objects.requireNonNull(awards, "awards is null");
        Objects.requireNonNull(bands, "bands is null");
        if (awards.length != scores.totals().length || bands.length != scores.totals().length) {
            throw new IllegalArgumentException(scores.totals().length + " totals but " + awards.length + " awards and " + bands.length + " bands");
        }
    }

    /** How many students received award level {@code level} (0: none). */
    int received(int level) {
        int count = 0;
        for (byte a : awards) {
            count += a == level ? 1 : 0;
        }
        return count;
    }

    /**
     * Checks that {@code other} gives every student of every term the same total, place, award and band as {@code mine},
     * term by term.
     *
     * @throws IllegalStateException naming the first term and student (by 学号) on whom they differ
     */
    static void requireAgreement(String name, List<TermStandings> mine, String otherName, List<TermStandings> other,
                                 ArchiveColumns columns, ShareAwards policy) {
        if (mine.size() != other.size()) {
            throw new IllegalStateException(name + " evaluated " + mine.size() + " terms, " + otherName + " " + other.size());
        }
        for (int t = 0; t < mine.size(); t++) {
            mine.get(t).requireAgreement(name, otherName, other.get(t), columns, policy);
        }
    }

    /**
     * Checks that {@code other} (of the same term) gives every student the same total, place, award and band.
     *
     * @throws IllegalStateException naming the term and the first student on whom they differ, by 学号
     */
    void requireAgreement(String name, String otherName, TermStandings other, ArchiveColumns columns, ShareAwards policy) {
        if (!term.equals(other.term)) {
            throw new IllegalStateException(name + " evaluated " + term + " where " + otherName + " evaluated " + other.term);
        }
        int[] totals = scores.totals();
        if (other.scores.totals().length != totals.length) {
            throw new IllegalStateException(term + ": " + name + " scored " + totals.length + " students, " + otherName + " "
                    + other.scores.totals().length);
        }
        for (int s = 0; s < totals.length; s++) {
            if (totals[s] != other.scores.totals()[s] || scores.ranks()[s] != other.scores.ranks()[s] || awards[s] != other.awards[s]
                    || bands[s] != other.bands[s]) {
                throw new IllegalStateException(String.format("%s %s: %s gives %s, %s gives %s", term, columns.student(s).value(),
                        name, describe(s, policy), otherName, other.describe(s, policy)));
            }
        }
    }

    private String describe(int s, ShareAwards policy) {
        int total = scores.totals()[s];
        return String.format("total %d.%02d rank %d award %s band %s", total / 100, total % 100, scores.ranks()[s], policy.code(awards[s]),
                policy.bandCode(bands[s]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermStandings t && term.equals(t.term) && scores.equals(t.scores) && Arrays.equals(awards, t.awards)
                && Arrays.equals(bands, t.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, scores, Arrays.hashCode(awards), Arrays.hashCode(bands));
    }

    @Override
    public String toString() {
        return "TermStandings[" + term + ", " + awards.length + " students]";
    }
}
