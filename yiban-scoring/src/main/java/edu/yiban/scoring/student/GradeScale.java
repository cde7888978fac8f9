package edu.yiban.scoring.student;

import edu.yiban.core.archive.Category;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.student.RuleChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A grade-to-point scale (成绩绩点换算表) for the credit-weighted GPA (学分绩点) of the academic part: a
 * course's score (百分制 0–100) gets the points of the highest band it reaches; a grade written in words
 * (五级制: 优秀, 良好 …) first becomes the score the scale gives it.
 *
 * <p>Grades are read from archive entries of {@code category} with the attributes {@code credits} (学分, a
 * decimal above 0, at most two places) and {@code score} (a decimal 0–100, at most two places) or
 * {@code grade} (a word of {@link #grades()}); {@code course} names the course for people. The GPA is
 * {@code Σ(credits × points) / Σ credits}, computed exactly and rounded once to two decimals, half-up.
 *
 * <pre>{@code
 * GradeScale scale = GradeScale.fourPoint();     // 90–100 → 4.0, 85–89 → 3.7 … 60–63 → 1.0, below 60 → 0
 * scale.points(new BigDecimal("86"));            // 3.7
 * }</pre>
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {"id": "four-point", "name": {"zh": "4.0 绩点制", "en": "4.0 scale"}, "category": "academic", "passMark": 60,
 *  "bands": [{"from": 90, "points": 4.0}, {"from": 85, "points": 3.7}, …, {"from": 0, "points": 0}],
 *  "grades": [{"grade": "优秀", "score": 95}, …]}
 * }</pre>
 * A scale is refused when no band starts at 0 (scores below its lowest band would have no points), when
 * a band lies outside 0–100, or when a higher score would get fewer points.
 *
 * @param id          the scale's code
 * @param name        its name in both languages
 * @param description what it is
 * @param category    the archive category of grade entries
 * @param passMark    the least passing score (及格线); a course below it is failed
 * @param bands       the bands, any order
 * @param grades      grades written in words and the scores they stand for
 */
public record GradeScale(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        Optional<@Valid Bilingual> description,
        @NotNull Category category,
        @NotNull BigDecimal passMark,
        @NotEmpty @Size(max = 100) List<@Valid Band> bands,
        @Size(max = 100) List<@Valid Grade> grades) {

    /** Where {@link #fourPoint()} is read from. */
    public static final String FOUR_POINT = "/edu/yiban/scoring/presets/grade-scale.json";

    public GradeScale {
        ScoringMessages.code(id, "id");
        bands = bands == null ? null : List.copyOf(bands);
        grades = grades == null ? List.of() : List.copyOf(grades);
        description = description == null ? Optional.empty() : description;
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
     * A grade written in words and the score it stands for.
     *
     * @param grade the word, e.g. 优秀 or A
     * @param score the score, 0–100
     */
    public record Grade(@NotNull @Size(min = 1, max = 32) String grade, @NotNull BigDecimal score) {
    }

    /** Reads and checks a scale; faults are named by JSON path, in Chinese and English. */
    public static GradeScale fromJson(InputStream json) {
        return checked(ScoringJson.read(json, GradeScale.class));
    }

    /** {@code scale}, if it passes the checks of {@link #fromJson}. */
    public static GradeScale checked(GradeScale scale) {
        return RuleChecks.checked(scale);
    }

    /**
     * The common 4.0 scale (a default preset): 90–100 4.0, 85–89 3.7, 82–84 3.3, 78–81 3.0, 75–77 2.7,
     * 72–74 2.3, 68–71 2.0, 64–67 1.5, 60–63 1.0, below 60 0; 优秀 95, 良好 85, 中等 75, 及格 65, 不及格 0.
     */
    public static GradeScale fourPoint() {
        return YibanJson.resource(GradeScale.class, FOUR_POINT, GradeScale::fromJson);
    }

    /** The points of {@code score}: the band with the highest {@code from} not above it (0 when none). */
    public BigDecimal points(BigDecimal score) {
        Band best = null;
        for (Band band : bands) {
            if (band.from().compareTo(score) <= 0 && (best == null || band.from().compareTo(best.from()) > 0)) {
                best = band;
            }
        }
        return best == null ? BigDecimal.ZERO : best.points();
    }

    /** The score the word {@code grade} stands for, if the scale knows it. */
    public Optional<BigDecimal> score(String grade) {
        return grades.stream().filter(g -> g.grade().equals(grade)).map(Grade::score).findFirst();
    }
}
