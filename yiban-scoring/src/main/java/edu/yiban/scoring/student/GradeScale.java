package edu.yiban.scoring.student;

import edu.yiban.core.archive.Category;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.DocumentSchema;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.formula.Formula;
import edu.yiban.scoring.internal.formula.Rational;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A grade scale (成绩绩点换算表) for the academic part: how a course's grade becomes grade points (绩点) for the
 * credit-weighted GPA (学分绩点) and a score for the credit-weighted average (学分加权平均分), how resits (补考) and
 * retakes (重修) count, and which kinds of course are left out.
 *
 * <p>Grades are read from archive entries of {@code category} with the attributes {@code "credits"} (学分, a
 * decimal above 0, at most two places) and {@code "score"} (百分制, a decimal 0–100, at most two places) or
 * {@code "grade"} (a word of {@link #grades()}); {@code "course"} names the course for people, {@code "courseCode"}
 * (课程代码) identifies it when present; {@code "attempt"} says which attempt the entry is (a word of
 * {@link Attempts#words()}; none: the first); {@code "kind"} (课程性质: 必修, 选修, 辅修, 免修 …) may leave it out
 * ({@link #excludedKinds()}).
 *
 * <p>A score gets its points from the {@linkplain #bands() bands} (the highest band it reaches) or from a
 * {@linkplain #points() formula} of the score, rounded once, half-up, to the formula's decimals. A grade word
 * stands for a score, for points, for both, or for a pass or a fail ({@link Grade}).
 *
 * <pre>
 * gpa             = Σ(credits × points) / Σ credits of the courses with points, rounded once to two decimals, half-up
 * weightedAverage = Σ(credits × score) / Σ credits of the courses with a score, rounded once to two decimals, half-up
 * </pre>
 *
 * <pre>{@code
 * GradeScale scale = GradeScale.fourPoint();     // 90–100 → 4.0, 85–89 → 3.7 … 60–63 → 1.0, below 60 → 0
 * scale.points(new BigDecimal("86"));            // 3.7
 * }</pre>
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {"id": "campus", "name": {"zh": "本校绩点", "en": "campus scale"}, "category": "academic", "passMark": 60,
 *  "points": {"formula": "if(score < 60, 0, score / 10 - 5)", "decimals": 2},
 *  "grades": [{"grade": "A", "points": 4.0, "score": 95}, {"grade": "优秀", "score": 95},
 *             {"grade": "合格", "pass": true}, {"grade": "不合格", "pass": false}],
 *  "attempts": {"words": {"正考": "FIRST", "补考": "RESIT", "重修": "RETAKE"},
 *               "passedLater": "PASS_MARK", "stillFailed": "BEST", "failedCourses": "AT_FIRST_ATTEMPT"},
 *  "excludedKinds": ["辅修", "免修"]}
 * }</pre>
 * Instead of {@code points}, {@code "bands": [{"from": 90, "points": 4.0}, …, {"from": 0, "points": 0}]}. A
 * scale is refused, each fault named by its JSON path, when it has both or neither, when no band starts at 0,
 * a band lies outside 0–100 or a higher score would get fewer points; when the formula does not parse, uses a
 * variable other than {@code score}, or gives a negative, a falling or an unworkable number of points at any
 * score 0.00–100.00; when a grade word stands for nothing or for a pass/fail and a score at once.
 *
 * @param id            the scale's code
 * @param name          its name in both languages
 * @param description   what it is
 * @param category      the archive category of grade entries
 * @param passMark      the least passing score (及格线); a course below it is failed
 * @param bands         the bands, any order; empty when {@code points} gives the points
 * @param points        the points as a formula of the score, instead of bands
 * @param grades        grades written in words and what they stand for
 * @param attempts      the words of resits and retakes and how they count (default: none, {@link Attempts#DEFAULT})
 * @param excludedKinds the kinds of course ({@code kind}) left out of every academic measure
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GradeScale(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        Optional<@Valid Bilingual> description,
        @NotNull Category category,
        @NotNull BigDecimal passMark,
        @Size(max = 100) List<@Valid Band> bands,
        Optional<@Valid PointsFormula> points,
        @Size(max = 100) List<@Valid Grade> grades,
        @Valid Attempts attempts,
        @Size(max = 32) List<@NotNull @Size(min = 1, max = 32) String> excludedKinds) {

    /** Where {@link #fourPoint()} is read from. */
    public static final String FOUR_POINT = "/edu/yiban/scoring/presets/grade-scale.json";
    /** The decimals of band points and of a grade word's points under bands. */
    public static final int BAND_DECIMALS = 2;
    /** The most decimals a points formula may round to. */
    public static final int MAX_DECIMALS = 4;

    /** The longest points formula, in characters (the formula language's own limit). */
    private static final int FORMULA_MAX_LENGTH = Formula.MAX_LENGTH;

    public GradeScale {
        ScoringMessages.code(id, "id");
        description = description == null ? Optional.empty() : description;
        bands = bands == null ? List.of() : List.copyOf(bands);
        points = points == null ? Optional.empty() : points;
        grades = grades == null ? List.of() : List.copyOf(grades);
        attempts = attempts == null ? Attempts.DEFAULT : attempts;
        excludedKinds = excludedKinds == null ? List.of() : List.copyOf(excludedKinds);
    }

    /**
     * One band: scores from {@code from} up to the next band get {@code points}.
     *
     * @param from   the least score of the band, 0–100
     * @param points the grade points, 0 or more
     */
    public record Band(@NotNull BigDecimal from, @NotNull BigDecimal points) {
    }

    /**
     * Grade points as a formula of the score (a decimal 0–100), instead of bands: {@code score} is its only
     * variable (see {@code docs/formulas.md}); the result, exact, is rounded once, half-up, to {@code decimals}.
     *
     * <pre>{@code
     * {"formula": "if(score < 60, 0, score / 10 - 5)", "decimals": 2}     // 85.5 → 3.55, 60 → 1.00, 59.99 → 0.00
     * }</pre>
     *
     * @param formula  the formula
     * @param decimals the decimals of the points, 0 to {@value GradeScale#MAX_DECIMALS} (default 2)
     */
    public record PointsFormula(@NotNull @Size(min = 1, max = FORMULA_MAX_LENGTH) String formula, Integer decimals) {
        /** The formula's one variable. */
        public static final String SCORE = "score";

        public PointsFormula {
            decimals = decimals == null ? BAND_DECIMALS : decimals;
        }
    }

    /**
     * A grade written in words (五级制 优秀/良好…, letters A/B…, 二级制 合格/不合格) and what it stands for:
     * <ul>
     *   <li>{@code score} only — that score, whose points the bands or formula give (优秀 → 95);</li>
     *   <li>{@code points} and {@code score} — those points in the GPA, that score in the average, the lowest score
     *       and the pass mark (A → 4.0 and 95);</li>
     *   <li>{@code points} only — those points in the GPA; no score, so the course is left out of the
     *       weighted average and the lowest score; it is failed when its points are 0 (F → 0);</li>
     *   <li>{@code pass} only — a pass/fail grade (合格/通过 true, 不合格/不通过 false): its credits count in
     *       {@code credits} and a fail in {@code failed-courses}, but it has neither points nor a score, so it is
     *       left out of the GPA, the weighted average and the lowest score.</li>
     * </ul>
     *
     * @param grade  the word, e.g. 优秀 or A
     * @param score  the score it stands for, 0–100
     * @param points the grade points it stands for, 0 or more, with at most the scale's decimals
     * @param pass   for a pass/fail grade, whether it is a pass
     */
    public record Grade(@NotNull @Size(min = 1, max = 32) String grade, Optional<BigDecimal> score, Optional<BigDecimal> points,
                        Optional<Boolean> pass) {
        public Grade {
            score = score == null ? Optional.empty() : score;
            points = points == null ? Optional.empty() : points;
            pass = pass == null ? Optional.empty() : pass;
        }

        /** A word that stands for a score. */
        public static Grade ofScore(String grade, BigDecimal score) {
            return new Grade(grade, Optional.of(score), Optional.empty(), Optional.empty());
        }

        /** A pass/fail word. */
        public static Grade passFail(String grade, boolean pass) {
            return new Grade(grade, Optional.empty(), Optional.empty(), Optional.of(pass));
        }
    }

    /** Which attempt at a course a grade entry is. */
    public enum Attempt {
        /** The first attempt (正考; also 缓考, a deferred first exam): each first attempt is a course of its own. */
        FIRST,
        /** A resit (补考) of the course's exam. */
        RESIT,
        /** A retake (重修) of the whole course. */
        RETAKE
    }

    /** What a course failed at its first attempt and passed at a later one counts as. */
    public enum PassedLater {
        /** The pass mark (及格线) and its points: 补考及格按 60 分计 (the default). */
        PASS_MARK,
        /** The score and points of the attempt that passed. */
        ACTUAL,
        /** The score and points of the failed first attempt (the course still counts as passed). */
        FIRST
    }

    /** What a course failed at every attempt counts as. */
    public enum StillFailed {
        /** The best attempt: the most points, then the highest score, then the earliest (the default). */
        BEST,
        /** The first attempt. */
        FIRST,
        /** The latest attempt. */
        LATEST
    }

    /** Which failed courses {@code failed-courses} (不及格门数) counts. */
    public enum FailedCourses {
        /** Every course failed at its first attempt, even when passed later (以首次考试成绩为准; the default). */
        AT_FIRST_ATTEMPT,
        /** Only the courses still failed after their resits and retakes. */
        STILL_FAILED
    }

    /**
     * Resits (补考) and retakes (重修): the words entries write in {@code attempt}, and how a course's attempts count.
     * Attempts are grouped by course — {@code courseCode} when the entry has one, else {@code course} — within the
     * evaluated period: a resit or retake belongs to the latest first attempt of its course in the same or an
     * earlier term of the period; one with no first attempt in the period is not counted (its course counted in
     * the period of its first attempt). A course passed at its first attempt counts that attempt; its later
     * attempts do not count. The same policies hold for resits and retakes.
     *
     * <p>The defaults are what most Chinese campuses' rules (综测细则) say: a course passed at a resit or retake
     * counts the pass mark ({@link PassedLater#PASS_MARK}); a course still failed counts its best attempt
     * ({@link StillFailed#BEST}); and {@code failed-courses} counts every course failed at its first attempt
     * ({@link FailedCourses#AT_FIRST_ATTEMPT}), since award rules usually read 不及格 at the first exam.
     *
     * <pre>{@code
     * {"words": {"正考": "FIRST", "补考": "RESIT", "重修": "RETAKE"},
     *  "passedLater": "PASS_MARK", "stillFailed": "BEST", "failedCourses": "AT_FIRST_ATTEMPT"}
     * }</pre>
     *
     * @param words         each word an entry's {@code attempt} may have, and the attempt it means; an entry
     *                      without {@code attempt} is a first attempt
     * @param passedLater   what a course failed at first and passed later counts as (default {@code PASS_MARK})
     * @param stillFailed   what a course failed at every attempt counts as (default {@code BEST})
     * @param failedCourses which failed courses {@code failed-courses} counts (default {@code AT_FIRST_ATTEMPT})
     */
    public record Attempts(@Size(max = 32) Map<@NotNull @Size(min = 1, max = 32) String, @NotNull Attempt> words, PassedLater passedLater,
                           StillFailed stillFailed, FailedCourses failedCourses) {
        /** No words (every entry a first attempt) and the default policies. */
        public static final Attempts DEFAULT = new Attempts(Map.of(), PassedLater.PASS_MARK, StillFailed.BEST, FailedCourses.AT_FIRST_ATTEMPT);

        public Attempts {
            words = words == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(words));
            passedLater = passedLater == null ? PassedLater.PASS_MARK : passedLater;
            stillFailed = stillFailed == null ? StillFailed.BEST : stillFailed;
            failedCourses = failedCourses == null ? FailedCourses.AT_FIRST_ATTEMPT : failedCourses;
        }
    }

    /** Reads and checks a scale; faults are named by JSON path, in Chinese and English. */
    public static GradeScale fromJson(InputStream json) {
        return checked(ScoringJson.read(json, GradeScale.class, DocumentSchema.GRADE_SCALE));
    }

    /** {@code scale}, if it passes the checks of {@link #fromJson}. */
    public static GradeScale checked(GradeScale scale) {
        return RuleChecks.checked(scale);
    }

    /**
     * The common 4.0 scale (a default preset): 90–100 4.0, 85–89 3.7, 82–84 3.3, 78–81 3.0, 75–77 2.7,
     * 72–74 2.3, 68–71 2.0, 64–67 1.5, 60–63 1.0, below 60 0; 优秀 95, 良好 85, 中等 75, 及格 65, 不及格 0;
     * 合格/通过 pass, 不合格/不通过 fail; 正考/缓考 first, 补考 resit, 重修 retake with the default policies;
     * 辅修, 第二学位 and 免修 courses left out.
     */
    public static GradeScale fourPoint() {
        return YibanJson.resource(GradeScale.class.getResourceAsStream(FOUR_POINT), FOUR_POINT, GradeScale::fromJson);
    }

    /** The decimals of the scale's points: the formula's, or {@value #BAND_DECIMALS} for bands. */
    public int decimals() {
        return points.map(PointsFormula::decimals).orElse(BAND_DECIMALS);
    }

    /**
     * The points of {@code score}: by the formula (rounded once, half-up, to its decimals), else the band with
     * the highest {@code from} not above it (0 when none). Reads the formula anew on each call: the evaluation
     * reads it once.
     */
    public BigDecimal points(BigDecimal score) {
        if (points.isPresent()) {
            PointsFormula f = points.get();
            Rational value = Formula.parse(f.formula(), Set.of(PointsFormula.SCORE)).evaluate(name -> Rational.of(score));
            return value.toBigDecimal(f.decimals(), RoundingMode.HALF_UP);
        }
        Band best = null;
        for (Band band : bands) {
            if (band.from().compareTo(score) <= 0 && (best == null || band.from().compareTo(best.from()) > 0)) {
                best = band;
            }
        }
        return best == null ? BigDecimal.ZERO : best.points();
    }

    /** The score the word {@code grade} stands for, if the scale knows it and it stands for a score. */
    public Optional<BigDecimal> score(String grade) {
        return word(grade).flatMap(Grade::score);
    }

    /** The word {@code grade}, if the scale knows it. */
    public Optional<Grade> word(String grade) {
        return grades.stream().filter(g -> g.grade().equals(grade)).findFirst();
    }
}
