package edu.yiban.examples.cli;

/**
 * What the synthetic campus is made of: how many students and colleges, and the seed every random
 * choice derives from. The same spec always gives the same campus, record for record.
 *
 * @param students how many students to enrol, at least {@link #MIN_STUDENTS}
 * @param colleges how many colleges, from 1 to {@link #MAX_COLLEGES}
 * @param seed     the seed of every random choice
 */
record CampusSpec(int students, int colleges, long seed) {
    /** The fewest students a campus can have: a class of each cohort in every college needs a few. */
    static final int MIN_STUDENTS = 40;
    /** The most students the demo builds. */
    static final int MAX_STUDENTS = 200_000;
    /** The most colleges the demo builds. */
    static final int MAX_COLLEGES = 40;
    /** The default campus: about the size of the seed's university. */
    static final int DEFAULT_STUDENTS = 12_000;
    /** The default number of colleges. */
    static final int DEFAULT_COLLEGES = 12;
    /** The default seed: the day the seed's plan was issued. */
    static final long DEFAULT_SEED = 20220609L;

    CampusSpec {
        if (students < MIN_STUDENTS || students > MAX_STUDENTS) {
            throw new IllegalArgumentException("students " + students);
        }
        if (colleges < 1 || colleges > MAX_COLLEGES) {
            throw new IllegalArgumentException("colleges " + colleges);
        }
        if (students < colleges * 10) {
            throw new IllegalArgumentException("students per college " + students + "/" + colleges);
        }
    }
}
