package edu.yiban.scoring.round;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.DimensionTotals;
import edu.yiban.core.archive.Points;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.system.IndicatorSystem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

/**
 * A small evaluation for the tests, standing in for the students' evaluation: each student's archive
 * points of the round's terms, per dimension, are the raw values of a two-indicator system —
 * total = 0.6 × moral (德) + 0.4 × intellectual (智), both taken as they are (identity) — ranked within
 * the student's class; 80 or more is the band 优秀 / excellent, less 合格 / qualified.
 */
final class ArchiveTotalsEvaluation implements RoundEvaluation {
    static final String ID = "archive-totals";
    static final String VERSION = "2023";
    static final Band EXCELLENT = new Band("excellent", new Bilingual("优秀", "excellent"));
    static final Band QUALIFIED = new Band("qualified", new Bilingual("合格", "qualified"));
    private static final BigDecimal EXCELLENT_FROM = new BigDecimal("80");
    private static final String SYSTEM = """
            {"id": "archive-totals", "name": {"zh": "德智测评", "en": "moral and study evaluation"}, "version": "2023",
             "indicators": [
               {"code": "moral", "name": {"zh": "德育积分", "en": "moral points"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "archive"},
               {"code": "intellectual", "name": {"zh": "智育积分", "en": "study points"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "archive"}],
             "root": {"code": "total", "name": {"zh": "总分", "en": "total"}, "weight": 1,
               "children": [
                 {"code": "moral-part", "name": {"zh": "德育", "en": "moral"}, "weight": 0.6, "indicator": "moral", "normaliser": {"type": "identity"}},
                 {"code": "study-part", "name": {"zh": "智育", "en": "study"}, "weight": 0.4, "indicator": "intellectual", "normaliser": {"type": "identity"}}]}}
            """;

    private final YibanCore core;
    private final IndicatorSystem system = system();

    ArchiveTotalsEvaluation(YibanCore core) {
        this.core = core;
    }

    /** The system: total = 0.6 × moral + 0.4 × intellectual. */
    static IndicatorSystem system() {
        return IndicatorSystem.fromJson(new ByteArrayInputStream(SYSTEM.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Bilingual name() {
        return system.name();
    }

    @Override
    public RoundResults evaluate(RoundScope scope) {
        RawValues.Builder raw = RawValues.builder();
        for (Student student : core.directory().students()) {
            List<Term> terms = scope.terms().stream().map(t -> core.directory().term(t).orElseThrow())
                    .filter(t -> student.registeredDuring(t.start(), t.end())).toList();
            if (terms.isEmpty()) {
                continue;
            }
            Points moral = Points.ZERO;
            Points intellectual = Points.ZERO;
            for (Term term : terms) {
                DimensionTotals totals = totals(student, term.id());
                moral = moral.plus(totals.of(Dimension.MORAL));
                intellectual = intellectual.plus(totals.of(Dimension.INTELLECTUAL));
            }
            String no = student.studentNo().value();
            raw.put(no, "moral", moral.toBigDecimal(), "archive").put(no, "intellectual", intellectual.toBigDecimal(), "archive");
        }
        List<SubjectResult> results = system.evaluate(raw.build());
        List<Ranked> ranks = Ranking.rank(results, r -> classOf(r.subject()), Ranking.byNode("study-part"));
        TreeMap<String, Band> bands = new TreeMap<>();
        results.forEach(r -> bands.put(r.subject(), r.total().compareTo(EXCELLENT_FROM) >= 0 ? EXCELLENT : QUALIFIED));
        return new RoundResults(results, ranks, bands);
    }

    private DimensionTotals totals(Student student, TermId term) {
        return core.archives().of(student.studentNo()).totals(Viewer.of(student.person()), term);
    }

    private String classOf(String subject) {
        return core.directory().student(StudentNo.of(subject)).orElseThrow().classId().value();
    }
}
