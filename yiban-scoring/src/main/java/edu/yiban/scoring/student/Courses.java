package edu.yiban.scoring.student;

import static edu.yiban.scoring.internal.ScoringMessages.bilingual;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.result.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One student's course grades of an evaluated period (学业成绩), added up exactly: credits and scores in
 * hundredths, points in units of the scale's last decimal. At the end of the period each course's attempts
 * (补考, 重修) are settled by the scale's {@link GradeScale.Attempts} policies and the kinds the scale leaves out
 * are set aside; then the credit-weighted GPA (学分绩点), the credit-weighted average score (学分加权平均分), the
 * credits, the courses failed and the lowest single score, each with a note that says what it counted.
 *
 * <p>The grades are kept as the rule book compiled them (one shared object per distinct attribute set), with
 * their terms and sequences in arrays: no object per entry. Attempts are grouped only when a resit or retake
 * was fed.
 */
final class Courses {
    /** How many characters a note's list of courses takes before "…(+n)". */
    private static final int LISTED = 120;
    /** The most characters of a note (a {@link Bilingual} holds 500). */
    private static final int NOTE_CHARS = 500;
    private static final Bilingual NOTHING = new Bilingual("", "");

    private final GradeScale scale;
    private final int decimals;
    private int size;
    private Compiled.Grade[] grades = new Compiled.Grade[8];
    private TermId[] terms = new TermId[8];
    private long[] sequences = new long[8];
    /** Whether a resit or retake was fed. */
    private boolean laterAttempts;
    /** The period settled, once all grades are in. */
    private @Nullable Settled settled;

    Courses(GradeScale scale) {
        this.scale = scale;
        this.decimals = scale.decimals();
    }

    /** One grade entry. */
    void add(long sequence, TermId term, Compiled.Grade grade) {
        if (size == grades.length) {
            grades = Arrays.copyOf(grades, size * 2);
            terms = Arrays.copyOf(terms, size * 2);
            sequences = Arrays.copyOf(sequences, size * 2);
        }
        grades[size] = grade;
        terms[size] = term;
        sequences[size] = sequence;
        size++;
        laterAttempts |= grade.attempt() != GradeScale.Attempt.FIRST && grade.excludedKind() == null;
        settled = null;
    }

    /** The academic part, when any course counted. */
    Optional<Academic> academic() {
        Settled s = settled();
        if (s.courses == 0) {
            return Optional.empty();
        }
        return Optional.of(new Academic(s.courses, hundredths(s.credits), s.creditPoints(), s.gpa(), s.failed, s.lowestScore(),
                s.creditScores(), s.weightedAverage(), hundredths(s.gpaCredits), hundredths(s.scoredCredits), s.passFail.size(),
                s.reattempted, s.excluded.size()));
    }

    /**
     * The measures the academic part gives: none when no course counted, and no {@code gpa}, {@code weighted-average}
     * or {@code lowest-score} when no course counted has points or a score (pass/fail courses only); a gate reading a
     * missing measure fails.
     */
    SortedMap<String, Measure> measures() {
        SortedMap<String, Measure> measures = new TreeMap<>();
        Settled s = settled();
        if (s.courses == 0) {
            return measures;
        }
        Bilingual resits = s.resits.isEmpty() ? NOTHING : bilingual("student.grades.note.resits", listed(s.resits));
        Bilingual excluded = s.excluded.isEmpty() ? NOTHING
                : bilingual("student.grades.note.excluded", s.excluded.size(), listed(s.excluded));
        Bilingual passFailOut = s.passFail.isEmpty() ? NOTHING
                : bilingual("student.grades.note.pass-fail", s.passFail.size(), listed(s.passFail));
        Bilingual passFailIn = s.passFail.isEmpty() ? NOTHING
                : bilingual("student.grades.note.pass-fail.counted", s.passFail.size(), listed(s.passFail));
        Bilingual noScore = s.noScore.isEmpty() ? NOTHING
                : bilingual("student.grades.note.no-score", s.noScore.size(), listed(s.noScore));
        if (s.gpaCourses > 0) {
            Bilingual formula = scale.points().map(p -> bilingual("student.grades.note.formula", p.formula(), p.decimals()))
                    .orElse(NOTHING);
            String gpa = s.gpa().toPlainString();
            measures.put(StudentEvaluation.GPA, Measure.of(s.gpa(), Tally.SOURCE, joined(
                    bilingual("student.note.gpa", s.gpaCourses, s.creditPoints().toPlainString(), hundredths(s.gpaCredits).toPlainString(), gpa),
                    formula, resits, excluded, passFailOut)));
        }
        if (s.scoredCourses > 0) {
            String average = s.weightedAverage().toPlainString();
            measures.put(StudentEvaluation.WEIGHTED_AVERAGE, Measure.of(s.weightedAverage(), Tally.SOURCE, joined(
                    bilingual("student.note.weighted-average", s.scoredCourses, s.creditScores().toPlainString(),
                            hundredths(s.scoredCredits).toPlainString(), average),
                    resits, excluded, passFailOut, noScore)));
            measures.put(StudentEvaluation.AVERAGE_SCORE, Measure.of(s.averageScore(), Tally.SOURCE, joined(
                    bilingual("student.note.average-score", s.scoredCourses, hundredths(s.scores).toPlainString(), s.averageScore().toPlainString()),
                    resits, excluded, passFailOut, noScore)));
            measures.put(StudentEvaluation.LOWEST_SCORE, Measure.of(s.lowestScore(), Tally.SOURCE, joined(
                    bilingual("student.note.lowest", s.scoredCourses), resits, excluded, passFailOut, noScore)));
        }
        measures.put(StudentEvaluation.CREDITS, Measure.of(hundredths(s.credits), Tally.SOURCE, joined(
                bilingual("student.note.credits", s.courses, hundredths(s.credits).toPlainString()), resits, excluded, passFailIn)));
        Bilingual policy = s.resits.isEmpty() ? NOTHING
                : bilingual(scale.attempts().failedCourses() == GradeScale.FailedCourses.AT_FIRST_ATTEMPT
                        ? "student.grades.note.failed.first" : "student.grades.note.failed.still");
        measures.put(StudentEvaluation.FAILED_COURSES, Measure.of(BigDecimal.valueOf(s.failed), Tally.SOURCE, joined(
                bilingual("student.note.failed", s.courses, s.failed, scale.passMark().toPlainString()), policy, resits, excluded,
                passFailIn)));
        return measures;
    }

    private static BigDecimal hundredths(long value) {
        return BigDecimal.valueOf(value, 2);
    }

    /** A note of {@code parts}, cut to {@value #NOTE_CHARS} characters with "…". */
    private static Bilingual joined(Bilingual... parts) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Bilingual part : parts) {
            zh.append(part.zh());
            en.append(part.en());
        }
        return new Bilingual(cut(zh), cut(en));
    }

    private static String cut(StringBuilder note) {
        return note.length() <= NOTE_CHARS ? note.toString() : note.substring(0, NOTE_CHARS - 1) + "\u2026";
    }

    /** {@code items} joined, in each language, up to about {@value #LISTED} characters, then "…(+n)". */
    private static Bilingual listed(List<Bilingual> items) {
        return new Bilingual(listed(items, true), listed(items, false));
    }

    private static String listed(List<Bilingual> items, boolean zh) {
        Bilingual separator = bilingual("student.grades.separator");
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Bilingual item : items) {
            String text = zh ? item.zh() : item.en();
            if (shown > 0 && out.length() + text.length() > LISTED) {
                break;
            }
            out.append(shown == 0 ? "" : zh ? separator.zh() : separator.en()).append(text);
            shown++;
        }
        if (shown < items.size()) {
            Bilingual more = bilingual("student.grades.more", items.size() - shown);
            out.append(zh ? more.zh() : more.en());
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ settling the period

    private Settled settled() {
        if (settled == null) {
            settled = settle();
        }
        return settled;
    }

    /** The grades in term order, then by sequence: the same whatever order the rows came in. */
    private int[] order() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = 1; i < size; i++) {
            int moving = order[i];
            int j = i - 1;
            while (j >= 0 && before(moving, order[j])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = moving;
        }
        return order;
    }

    private boolean before(int a, int b) {
        int byTerm = terms[a].compareTo(terms[b]);
        return byTerm < 0 || (byTerm == 0 && sequences[a] < sequences[b]);
    }

    private Settled settle() {
        Settled s = new Settled();
        int[] order = order();
        if (!laterAttempts) {
            for (int i : order) {
                Compiled.Grade g = grades[i];
                if (g.excludedKind() != null) {
                    s.excluded.add(excludedLine(i));
                } else {
                    s.count(g, i, g.credits(), g.score(), g.points(), g.failed(), g.failed());
                }
            }
            return s;
        }
        // each resit or retake belongs to the latest first attempt of its course in the same or an earlier term
        Map<String, List<Integer>> firsts = new HashMap<>();
        for (int i : order) {
            Compiled.Grade g = grades[i];
            if (g.excludedKind() == null && g.attempt() == GradeScale.Attempt.FIRST && g.key() != null) {
                firsts.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, List<Integer>> later = new HashMap<>();
        List<Integer> alone = new ArrayList<>();
        for (int i : order) {
            Compiled.Grade g = grades[i];
            if (g.excludedKind() != null || g.attempt() == GradeScale.Attempt.FIRST) {
                continue;
            }
            int owner = -1;
            for (int first : firsts.getOrDefault(g.key(), List.of())) {
                if (terms[first].compareTo(terms[i]) <= 0) {
                    owner = first;
                }
            }
            if (owner < 0) {
                alone.add(i);
            } else {
                later.computeIfAbsent(owner, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i : order) {
            Compiled.Grade g = grades[i];
            if (g.excludedKind() != null) {
                s.excluded.add(excludedLine(i));
            } else if (g.attempt() == GradeScale.Attempt.FIRST) {
                List<Integer> attempts = later.get(i);
                if (attempts == null) {
                    s.count(g, i, g.credits(), g.score(), g.points(), g.failed(), g.failed());
                } else {
                    settle(s, i, attempts);
                }
            }
        }
        for (int i : alone) {
            s.resits.add(bilingual("student.grades.course.alone", name(i), attemptShown(i)));
        }
        return s;
    }

    /** A course with later attempts: counted by the scale's policies, with a line saying how. */
    private void settle(Settled s, int first, List<Integer> later) {
        GradeScale.Attempts policy = scale.attempts();
        Compiled.Grade f = grades[first];
        List<Bilingual> shown = new ArrayList<>();
        shown.add(attemptShown(first));
        later.forEach(i -> shown.add(attemptShown(i)));
        Bilingual attempts = listed(shown);
        s.reattempted++;
        if (!f.failed()) {
            s.count(f, first, f.credits(), f.score(), f.points(), false, false);
            s.resits.add(bilingual("student.grades.course.passed-first", name(first), attempts));
            return;
        }
        int passed = later.stream().filter(i -> !grades[i].failed()).findFirst().orElse(-1);
        if (passed >= 0) {
            Compiled.Grade p = grades[passed];
            switch (policy.passedLater()) {
                case PASS_MARK -> {
                    if (p.passFail()) {
                        s.count(p, passed, p.credits(), p.score(), p.points(), true, false);
                    } else {
                        Grading grading = new Grading(scale);
                        s.count(p, passed, p.credits(), grading.passMark, grading.passMarkPoints(), true, false);
                    }
                    s.resits.add(bilingual("student.grades.course.passed-later.PASS_MARK", name(first), attempts,
                            scale.passMark().toPlainString()));
                }
                case ACTUAL -> {
                    s.count(p, passed, p.credits(), p.score(), p.points(), true, false);
                    s.resits.add(bilingual("student.grades.course.passed-later.ACTUAL", name(first), attempts, attemptShown(passed)));
                }
                case FIRST -> {
                    s.count(f, first, f.credits(), f.score(), f.points(), true, false);
                    s.resits.add(bilingual("student.grades.course.passed-later.FIRST", name(first), attempts, attemptShown(first)));
                }
            }
            return;
        }
        int counted = switch (policy.stillFailed()) {
            case FIRST -> first;
            case LATEST -> later.get(later.size() - 1);
            case BEST -> {
                int best = first;
                for (int i : later) {
                    if (better(grades[i], grades[best])) {
                        best = i;
                    }
                }
                yield best;
            }
        };
        Compiled.Grade c = grades[counted];
        s.count(c, counted, c.credits(), c.score(), c.points(), true, true);
        s.resits.add(bilingual("student.grades.course.still-failed." + policy.stillFailed().name(), name(first), attempts,
                attemptShown(counted)));
    }

    /** Whether {@code a} is a better attempt than {@code b}: more points, then a higher score (none lowest). */
    private static boolean better(Compiled.Grade a, Compiled.Grade b) {
        if (a.points() != b.points()) {
            return a.points() > b.points();
        }
        return a.score() > b.score();
    }

    private Bilingual name(int i) {
        String course = grades[i].course();
        String shown = course != null ? course : "#" + sequences[i];
        return new Bilingual(shown, shown);
    }

    private Bilingual attemptShown(int i) {
        Compiled.Grade g = grades[i];
        return bilingual("student.grades.attempt.shown", bilingual("student.grades.attempt." + g.attempt().name()), g.shown(), sequences[i]);
    }

    private Bilingual excludedLine(int i) {
        String kind = Objects.requireNonNull(grades[i].excludedKind(), "a line for an excluded grade");
        return bilingual("student.grades.course.with", name(i), kind);
    }

    /** The period's courses once their attempts are settled: exact sums and what the notes list. */
    private final class Settled {
        int courses;
        long credits;
        int gpaCourses;
        long gpaCredits;
        /** Σ credits × points, in units of hundredths × the points' last decimal. */
        long creditPoints;
        int scoredCourses;
        long scoredCredits;
        /** Σ credits × score, in ten-thousandths. */
        long creditScores;
        /** Σ score, in hundredths. */
        long scores;
        long lowest = Long.MAX_VALUE;
        int failed;
        int reattempted;
        final List<Bilingual> resits = new ArrayList<>();
        final List<Bilingual> excluded = new ArrayList<>();
        final List<Bilingual> passFail = new ArrayList<>();
        final List<Bilingual> noScore = new ArrayList<>();

        /** One course, counted with the credits, score and points of the attempt {@code i} (or the pass mark's). */
        void count(Compiled.Grade g, int i, long courseCredits, long score, long points, boolean failedFirst, boolean failedStill) {
            courses++;
            credits = Math.addExact(credits, courseCredits);
            if (points != Compiled.Grade.NONE) {
                gpaCourses++;
                gpaCredits = Math.addExact(gpaCredits, courseCredits);
                creditPoints = Math.addExact(creditPoints, Math.multiplyExact(courseCredits, points));
            }
            if (score != Compiled.Grade.NONE) {
                scoredCourses++;
                scoredCredits = Math.addExact(scoredCredits, courseCredits);
                creditScores = Math.addExact(creditScores, Math.multiplyExact(courseCredits, score));
                scores = Math.addExact(scores, score);
                lowest = Math.min(lowest, score);
            } else if (points != Compiled.Grade.NONE) {
                noScore.add(bilingual("student.grades.course.with", name(i), g.shown()));
            } else {
                passFail.add(bilingual("student.grades.course.with", name(i), g.shown()));
            }
            boolean failedCounted = scale.attempts().failedCourses() == GradeScale.FailedCourses.AT_FIRST_ATTEMPT ? failedFirst : failedStill;
            failed += failedCounted ? 1 : 0;
        }

        BigDecimal creditPoints() {
            return BigDecimal.valueOf(creditPoints, 2 + decimals);
        }

        BigDecimal gpa() {
            return gpaCredits == 0 ? BigDecimal.ZERO.setScale(2) : creditPoints().divide(hundredths(gpaCredits), 2, RoundingMode.HALF_UP);
        }

        BigDecimal creditScores() {
            return BigDecimal.valueOf(creditScores, 4);
        }

        BigDecimal weightedAverage() {
            return scoredCredits == 0 ? BigDecimal.ZERO.setScale(2) : creditScores().divide(hundredths(scoredCredits), 2, RoundingMode.HALF_UP);
        }

        /** The plain mean of the scores, two decimals, half-up. */
        BigDecimal averageScore() {
            return scoredCourses == 0 ? BigDecimal.ZERO.setScale(2) : hundredths(scores).divide(BigDecimal.valueOf(scoredCourses), 2, RoundingMode.HALF_UP);
        }

        BigDecimal lowestScore() {
            return scoredCourses == 0 ? BigDecimal.ZERO.setScale(2) : hundredths(lowest);
        }
    }
}
