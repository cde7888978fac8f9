package edu.yiban.scoring.round;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Evidence;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static edu.yiban.scoring.internal.ScoringMessages.BUNDLE;

/**
 * Writes a final round's results into the students' growth archives: one entry of category
 * {@code evaluation} per student, in the last term of the period the student was on the register, once.
 * An archive already holding an entry whose {@code round} attribute names the round is left alone, so
 * writing again writes nothing. A student on the register in none of the period's terms by then (a
 * withdrawal dated before the period, recorded after the round was computed) has no term to hold the
 * entry: the archive would refuse it, so it is not written, and a warning names the student.
 */
final class ArchiveWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveWriter.class);
    /** The source system of the entries. */
    static final SourceSystem SOURCE = SourceSystem.of("evaluation-round");
    private static final int MAX_TITLE = 200;

    private final CampusDirectory directory;
    private final GrowthArchives archives;
    private final RoundPolicy policy;

    ArchiveWriter(CampusDirectory directory, GrowthArchives archives, RoundPolicy policy) {
        this.directory = directory;
        this.archives = archives;
        this.policy = policy;
    }

    /** Writes the entries the archives do not hold yet; all of them or, when the archives refuse one, none. */
    List<EntryRef> write(Round round, List<Term> terms) {
        if (round.subjects() != SubjectKind.STUDENT) {
            return List.of();
        }
        Finalisation f = round.finalisation().orElseThrow();
        Computation c = round.computation(f.computation()).orElseThrow();
        Map<String, List<Ranked>> ranks = new HashMap<>();
        c.results().ranks().forEach(r -> ranks.computeIfAbsent(r.subject(), s -> new ArrayList<>()).add(r));
        Map<StudentNo, List<ArchiveEntry>> missing = new LinkedHashMap<>();
        List<StudentNo> unplaced = new ArrayList<>();
        for (SubjectResult result : c.results().results()) {
            Student student = directory.student(StudentNo.of(result.subject())).orElseThrow();
            Optional<Term> last = lastTermOf(student, terms);
            if (last.isEmpty()) {
                unplaced.add(student.studentNo());
                continue;
            }
            Term term = last.get();
            boolean held = archives.of(student.studentNo()).entries(Viewer.of(student.person()), term.id(), Category.EVALUATION).stream()
                    .anyMatch(r -> r.entry().attribute("round").equals(Optional.of(round.id().value())));
            if (!held) {
                missing.put(student.studentNo(), List.of(entry(round, f, c, result, ranks.getOrDefault(result.subject(), List.of()), term)));
            }
        }
        if (!unplaced.isEmpty()) {
            LOG.warn("round {} is final, but {} of its students were on the register in none of its terms by the time"
                    + " its results were written (a status change dated before its period, recorded after it was computed):"
                    + " their archives get no entry of it, and the round still shows their results: {}",
                    round.id(), unplaced.size(), unplaced);
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        List<EntryRef> written = new ArrayList<>();
        archives.recordAll(missing).values().forEach(written::addAll);
        return written;
    }

    /**
     * The last term of the period the student was registered in: one when the results were computed (their
     * checks made sure), none if a status change dated before the period has been recorded since.
     */
    private static Optional<Term> lastTermOf(Student student, List<Term> terms) {
        Term last = null;
        for (Term t : terms) {
            if (student.registeredDuring(t.start(), t.end())) {
                last = t;
            }
        }
        return Optional.ofNullable(last);
    }

    private ArchiveEntry entry(Round round, Finalisation f, Computation c, SubjectResult result, List<Ranked> ranks, Term term) {
        String subject = result.subject();
        ArchiveEntry.Builder entry = ArchiveEntry.builder()
                .date(f.date()).term(term.id()).category(Category.EVALUATION)
                .title(title(round, result, ranks, c))
                .attribute("round", round.id().value())
                .attribute("evaluation", round.draft().evaluation())
                .attribute("version", round.draft().version())
                .attribute("period", round.draft().period().toString())
                .attribute("computation", Integer.toString(c.number()))
                .attribute("total", result.total().toPlainString())
                .attribute("eligible", Boolean.toString(result.eligible()))
                .attribute("vetoed", Boolean.toString(result.vetoed()))
                .source(SOURCE).recordedBy(f.by())
                .evidence(new Evidence("round:" + round.id() + "#computation-" + c.number(), Optional.of(c.sha256())))
                .visibility(policy.archiveVisibility());
        c.results().band(subject).ifPresent(b -> entry.attribute("band", b.code()));
        for (int i = 0; i < ranks.size(); i++) {
            Ranked r = ranks.get(i);
            entry.attribute("rank." + (i + 1), r.group() + " " + r.rank() + "/" + r.of());
        }
        return entry.build();
    }

    /** E.g. 2022—2023 学年第一学期综合测评：总分 86.20，EDU2201 排名 1/2，等级 优秀. */
    private String title(Round round, SubjectResult result, List<Ranked> ranks, Computation c) {
        Locale locale = policy.titleLocale();
        Object rank = ranks.isEmpty() ? "" : BUNDLE.text("round.archive.rank", ranks.get(0).group(), ranks.get(0).rank(), ranks.get(0).of());
        Object band = c.results().band(result.subject()).<Object>map(b -> BUNDLE.text("round.archive.band", b.name().in(locale))).orElse("");
        Text title = BUNDLE.text("round.archive.title", round.draft().name().in(locale), result.total().toPlainString(), rank, band);
        String text = title.render(locale);
        return text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE - 1) + "…";
    }
}
