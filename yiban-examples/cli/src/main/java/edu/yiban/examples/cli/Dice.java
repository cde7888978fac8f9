package edu.yiban.examples.cli;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulation's randomness: a seeded generator, and independent generators derived from it by name,
 * so that what happens in one class never depends on how many numbers another class drew before it.
 */
final class Dice {
    private final long seed;
    private final SplittableRandom random;

    Dice(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** An independent generator for {@code part} (e.g. a class code), the same for the same seed and part. */
    Dice derive(String part) {
        long h = seed;
        for (int i = 0; i < part.length(); i++) {
            h = (h ^ part.charAt(i)) * 0x100000001B3L;
        }
        return new Dice(h * 0x9E3779B97F4A7C15L + part.length());
    }

    /** A whole number from 0 (inclusive) to {@code bound} (exclusive). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A whole number from {@code from} to {@code to}, both inclusive. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A number from {@code from} (inclusive) to {@code to} (exclusive). */
    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A normally distributed number. */
    double gaussian(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** One of {@code items}. */
    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A day of the autumn term, its last week left for exams. */
    java.time.LocalDate dayInTerm() {
        return SyntheticCampus.TERM_START.plusDays(random.nextInt((ClassSpaceSimulation.WEEKS - 1) * 7));
    }

    /** A Chinese name: a family name and one or two given characters. */
    String name() {
        StringBuilder name = new StringBuilder();
        name.append(CampusData.FAMILY.charAt(random.nextInt(CampusData.FAMILY.length())));
        name.append(CampusData.GIVEN.charAt(random.nextInt(CampusData.GIVEN.length())));
        if (random.nextInt(3) > 0) {
            name.append(CampusData.GIVEN.charAt(random.nextInt(CampusData.GIVEN.length())));
        }
        return name.toString();
    }
}
