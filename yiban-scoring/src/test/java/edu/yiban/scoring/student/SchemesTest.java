package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.T2023_1;
import static edu.yiban.scoring.student.StudentCampus.T2023_2;
import static edu.yiban.scoring.student.StudentCampus.Y2023;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three universities' schemes of docs/rules.md, read from the very files the page shows ({@code docs/rules/}),
 * with the page's worked examples computed by hand. Each scheme is evaluated for 2023-2024 on the test campus
 * (2023-2024-1 runs 2023-09-01 to 2024-01-15, 2023-2024-2 2024-02-20 to 2024-07-10).
 */
class SchemesTest {
    private static final Path DOCS = Path.of("..", "docs", "rules");

    private StudentCampus campus;
    private StudentNo zhang;

    @BeforeEach
    void open() {
        campus = new StudentCampus();
        zhang = campus.enrol("2022010101", "张三", EDU2201);
    }

    @AfterEach
    void close() {
        campus.close();
    }

    private static <T> T read(String file, Function<InputStream, T> reader) {
        try (InputStream in = Files.newInputStream(DOCS.resolve(file))) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StudentEvaluation evaluation(String rules, GradeScale scale) {
        return StudentEvaluation.builder(campus.core).rules(RuleSets.of(read(rules, RuleSet::fromJson))).gradeScale(scale).build();
    }

    private void course(edu.yiban.core.id.TermId term, String course, String credits, String scoreOrGrade, String... more) {
        String key = Character.isDigit(scoreOrGrade.charAt(0)) ? "score" : "grade";
        String[] attributes = new String[6 + more.length];
        attributes[0] = "course";
        attributes[1] = course;
        attributes[2] = "credits";
        attributes[3] = credits;
        attributes[4] = key;
        attributes[5] = scoreOrGrade;
        System.arraycopy(more, 0, attributes, 6, more.length);
        campus.record(zhang, campus.entry(term, Category.ACADEMIC, attributes));
    }

    /** 成都大学建筑与土木工程学院: 德 × 20% + 智 × 60% + 发展性 × 20%, a year from its records. */
    @Test
    void chengduUniversityArchitecture() {
        campus.record(zhang, campus.entry(T2023_1, Category.of("political-status"), "status", "probationary"));
        campus.record(zhang, campus.entry(T2023_1, Category.of("dorm")));
        campus.record(zhang, campus.entry(T2023_1, Category.of("article"), "level", "campus"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("article"), "level", "campus"));
        campus.record(zhang, campus.entry(T2023_1, Category.AWARD, "kind", "honour-title", "level", "school", "title", "merit"));
        campus.record(zhang, campus.entry(T2023_2, Category.AWARD, "kind", "honour-title", "level", "school", "title", "merit"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("model-class"), "role", "monitor"));
        campus.record(zhang, campus.entry(T2023_1, Category.of("scholarship"), "level", "school"));
        course(T2023_1, "高等数学", "5", "78");
        course(T2023_1, "大学英语", "3", "良");
        course(T2023_1, "工程制图", "3", "优");
        course(T2023_2, "理论力学", "4", "85");
        course(T2023_1, "大学体育", "1", "88", "kind", "体育");
        course(T2023_1, "形势与政策", "0.5", "优", "kind", "形势与政策");
        course(T2023_2, "音乐鉴赏", "2", "92", "kind", "公共选修");
        campus.record(zhang, campus.entry(T2023_1, Category.COMPETITION, "level", "provincial", "team", "no", "prize", "second"));
        campus.record(zhang, campus.entry(T2023_2, Category.COMPETITION, "level", "school", "team", "no", "prize", "third"));

        StudentResult result = evaluation("cdu-architecture-2023.json", read("cdu-architecture-grades.json", GradeScale::fromJson))
                .evaluate(Y2023).result(zhang).orElseThrow();

        // 德: 80 + 预备党员 3 + 文明寝室 2 + 2 articles × 0.5 + 校级三好 3 (the 优秀团员 3 of the same kind does not count again)
        //     + 先进集体班长 3 + 校级奖学金 1 = 93.00
        assertThat(result.points("moral")).isEqualByComparingTo("93");
        // 智: PE, 形势与政策 and the general elective left out; 良 80, 优 90: (78 + 80 + 90 + 85) ÷ 4 = 333 ÷ 4 = 83.25
        assertThat(result.measure(StudentEvaluation.AVERAGE_SCORE)).contains(new BigDecimal("83.25"));
        // 发展性: provincial individual second 8 + school individual third 4 = 12
        assertThat(result.points("development")).isEqualByComparingTo("12");
        // 93 × 0.2 + 83.25 × 0.6 + 12 × 0.2 = 18.60 + 49.95 + 2.40 = 70.95
        assertThat(result.total()).isEqualTo(new BigDecimal("70.95"));
        assertThat(result.explain(Locale.SIMPLIFIED_CHINESE)).contains("同组在整个测评期内只计最高一项");
    }

    /** 华南农业大学艺术学院: 德 ≤ 20 + 智 ≤ 65 + 体 ≤ 5 + 美 ≤ 5 + 劳 ≤ 5, added as points. */
    @Test
    void southChinaAgriculturalUniversityArt() {
        for (String mark : new String[] {"9.0", "8.5", "9.0", "9.5", "8.0"}) {
            campus.record(zhang, campus.entry(T2023_1, Category.of("panel-rating"), "mark", mark));
        }
        campus.record(zhang, campus.entry(T2023_1, Category.of("peer-rating"), "score", "4.5"));
        campus.record(zhang, campus.entry(T2023_1, Category.of("moral-bonus"), "points", "4"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("moral-bonus"), "points", "2"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("moral-deduction"), "points", "1.5"));
        course(T2023_1, "素描", "3", "88");
        course(T2023_1, "色彩", "3", "82");
        course(T2023_2, "设计概论", "2", "75");
        course(T2023_2, "中国近现代史纲要", "3", "90");
        course(T2023_2, "大学英语", "2", "70", "attempt", "重修");
        course(T2023_2, "工商管理导论", "2", "95", "kind", "第二学位");
        campus.record(zhang, campus.entry(T2023_1, Category.PHYSICAL_TEST, "score", "82"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("aesthetic-score"), "points", "4"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("labour-score"), "points", "4.5"));
        StudentNo li = campus.enrol("2022010102", "李四", EDU2201);
        campus.record(li, campus.entry(T2023_1, Category.of("panel-rating"), "mark", "6"));
        campus.record(li, campus.entry(T2023_1, Category.of("peer-rating"), "score", "3"));
        campus.record(li, campus.entry(T2023_1, Category.of("moral-bonus"), "points", "0.5"));
        campus.record(li, campus.entry(T2023_2, Category.of("moral-deduction"), "points", "12"));

        StudentResults results = evaluation("scau-art-2023.json", read("scau-art-grades.json", GradeScale::fromJson)).evaluate(Y2023);
        StudentResult result = results.result(zhang).orElseThrow();

        // 德: base 44.0 ÷ 5 = 8.80 (≤ 10) + peer 4.50 (≤ 5) + bonus 6 capped at 5 − 1.50 = 16.80
        assertThat(result.score("moral")).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("16.80"));
        // 智: the retake of a course first taken in an earlier year and the second-degree course left out;
        //     points 88 → 3.8, 82 → 3.2, 75 → 2.5, 90 → 4.0: (3 × 3.8 + 3 × 3.2 + 2 × 2.5 + 3 × 4.0) ÷ 11 = 38.0 ÷ 11 = 3.4545… → 3.45
        //     3.45 ÷ 5 × 65 = 44.85 (the GPA as published, two decimals)
        assertThat(result.measure(StudentEvaluation.GPA)).contains(new BigDecimal("3.45"));
        assertThat(result.score("intellectual")).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("44.85"));
        // 体 82 × 0.05 = 4.10; 美 4.00; 劳 4.50; total 16.80 + 44.85 + 4.10 + 4.00 + 4.50 = 74.25
        assertThat(result.total()).isEqualTo(new BigDecimal("74.25"));
        // 李四: 6 + 3 + 0.5 − 12 = −2.5, held up to 0 (deductions never pass the other three)
        Explanation moral = results.result(li).orElseThrow().result().explanation().find("moral").orElseThrow();
        assertThat(moral.score()).isEqualByComparingTo("0");
    }

    /** 江西农业大学: each term 德 20% 智 60% 体 8% 美 6% 劳 6%; the year the mean of its terms. */
    @Test
    void jiangxiAgriculturalUniversity() {
        campus.record(zhang, campus.recorded(T2023_1, Category.of("moral-reward"), Dimension.MORAL, "24"));
        course(T2023_1, "高等数学", "5", "91");
        course(T2023_1, "大学英语", "3", "84");
        course(T2023_1, "植物学", "3", "76");
        course(T2023_1, "思想道德与法治", "3", "88");
        campus.record(zhang, campus.entry(T2023_1, Category.of("physical-score"), "score", "80"));
        campus.record(zhang, campus.entry(T2023_1, Category.of("aesthetic-score"), "score", "75"));
        campus.record(zhang, campus.entry(T2023_1, Category.of("labour-score"), "score", "85"));
        campus.record(zhang, campus.recorded(T2023_2, Category.of("moral-reward"), Dimension.MORAL, "18"));
        campus.record(zhang, campus.entry(T2023_2, Category.DISCIPLINE, "level", "warning"));
        course(T2023_2, "线性代数", "3", "72");
        course(T2023_2, "大学英语", "3", "86");
        course(T2023_2, "有机化学", "4", "52", "courseCode", "CHEM201");
        course(T2023_2, "有机化学", "4", "65", "courseCode", "CHEM201", "attempt", "补考");
        course(T2023_2, "毛泽东思想和中国特色社会主义理论体系概论", "3", "80");
        campus.record(zhang, campus.entry(T2023_2, Category.of("physical-score"), "score", "78"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("aesthetic-score"), "score", "80"));
        campus.record(zhang, campus.entry(T2023_2, Category.of("labour-score"), "score", "90"));

        StudentEvaluation evaluation = evaluation("jxau-2023.json", GradeScale.fourPoint());
        StudentResult autumn = evaluation.evaluate(T2023_1).result(zhang).orElseThrow();
        StudentResult spring = evaluation.evaluate(T2023_2).result(zhang).orElseThrow();
        StudentResult year = evaluation.evaluate(Y2023).result(zhang).orElseThrow();

        // autumn: 德 80 + 24 = 104, capped at 100; 智 (5 × 91 + 3 × 84 + 3 × 76 + 3 × 88) ÷ 14 = 1199 ÷ 14 = 85.642… → 85.64
        //         100 × 0.2 + 85.64 × 0.6 + 80 × 0.08 + 75 × 0.06 + 85 × 0.06 = 20 + 51.384 + 6.4 + 4.5 + 5.1 = 87.384 → 87.38
        assertThat(autumn.total()).isEqualTo(new BigDecimal("87.38"));
        // spring: 德 80 + 18 − 10 (警告) = 88; 有机化学 52 then 65 at 补考: counts the pass mark 60
        //         智 (3 × 72 + 3 × 86 + 4 × 60 + 3 × 80) ÷ 13 = 954 ÷ 13 = 73.384… → 73.38
        //         88 × 0.2 + 73.38 × 0.6 + 78 × 0.08 + 80 × 0.06 + 90 × 0.06 = 17.6 + 44.028 + 6.24 + 4.8 + 5.4 = 78.068 → 78.07
        assertThat(spring.measure(StudentEvaluation.WEIGHTED_AVERAGE)).contains(new BigDecimal("73.38"));
        assertThat(spring.total()).isEqualTo(new BigDecimal("78.07"));
        // the year: (87.38 + 78.07) ÷ 2 = 82.725 → 82.73; the 警告 fails the no-sanction gate
        assertThat(year.total()).isEqualTo(new BigDecimal("82.73"));
        assertThat(year.result().failedGates()).containsExactly("no-sanction");
    }
}
