package edu.yiban.scoring.round;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static edu.yiban.scoring.internal.ScoringMessages.BUNDLE;

/**
 * The checks of what an evaluation gives a round, before it is kept: at least one result, one per subject,
 * every subject a student registered during the period (or a college of the campus), every result complete
 * (no indicator it read left unmeasured by a failed source), every rank and band naming a subject with a
 * result, rank groups well formed and at most {@value #MAX_RANKS} per subject (each becomes an attribute of
 * the archive entry).
 */
final class ResultChecks {
    /** The most groups a subject is ranked in. */
    static final int MAX_RANKS = 16;
    /** How many incomplete subjects a refusal names before "…". */
    static final int NAMED = 5;
    /** A rank group's code: as the campus's codes, ':' allowed (e.g. {@code class:EDU2201}). */
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private ResultChecks() {
    }

    static void check(RoundResults results, SubjectKind kind, RoundScope scope, List<Term> terms, CampusDirectory directory, String evaluation) {
        List<Violation> found = new ArrayList<>();
        if (results.results().isEmpty()) {
            found.add(Violation.of("results", BUNDLE.text("round.results.empty", evaluation, scope.round())));
        }
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < results.results().size(); i++) {
            SubjectResult r = results.results().get(i);
            String path = "results[" + i + "].subject";
            if (!subjects.add(r.subject())) {
                found.add(Violation.of(path, BUNDLE.text("round.results.twice", evaluation, r.subject())));
            } else if (kind == SubjectKind.STUDENT && !registered(r.subject(), terms, directory)) {
                found.add(Violation.of(path, BUNDLE.text("round.results.student", evaluation, r.subject(), scope.period())));
            } else if (kind == SubjectKind.COLLEGE && !college(r.subject(), directory)) {
                found.add(Violation.of(path, BUNDLE.text("round.results.college", evaluation, r.subject())));
            }
        }
        incomplete(results.results()).ifPresent(i -> found.add(Violation.of("results[" + i.first() + "].incomplete",
                BUNDLE.text("round.results.incomplete", evaluation, i.count(), i.subjects(), i.indicators()))));
        Map<String, Integer> ranked = new HashMap<>();
        for (int i = 0; i < results.ranks().size(); i++) {
            Ranked r = results.ranks().get(i);
            if (!subjects.contains(r.subject())) {
                found.add(Violation.of("ranks[" + i + "].subject", BUNDLE.text("round.ranks.subject", evaluation, r.group(), r.subject())));
            }
            if (!GROUP.matcher(r.group()).matches()) {
                found.add(Violation.of("ranks[" + i + "].group", BUNDLE.text("round.ranks.group", evaluation, r.group())));
            }
            if (ranked.merge(r.subject(), 1, Integer::sum) == MAX_RANKS + 1) {
                found.add(Violation.of("ranks[" + i + "].subject", BUNDLE.text("round.ranks.many", evaluation, r.subject(), MAX_RANKS)));
            }
        }
        for (String subject : results.bands().keySet()) {
            if (!subjects.contains(subject)) {
                found.add(Violation.of("bands[" + subject + "]", BUNDLE.text("round.bands.subject", evaluation, subject)));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /**
     * The incomplete results among {@code results}, if any: how many, the index of the first, the first
     * {@value #NAMED} subjects (then "…"), and every indicator left unmeasured, in code order.
     */
    static Optional<Incomplete> incomplete(List<SubjectResult> results) {
        int count = 0;
        int first = -1;
        List<String> named = new ArrayList<>();
        Set<String> indicators = new TreeSet<>();
        for (int i = 0; i < results.size(); i++) {
            SubjectResult r = results.get(i);
            if (r.complete()) {
                continue;
            }
            count++;
            if (first < 0) {
                first = i;
            }
            if (named.size() < NAMED) {
                named.add(r.subject());
            } else if (named.size() == NAMED) {
                named.add("…");
            }
            indicators.addAll(r.incomplete());
        }
        return count == 0 ? Optional.empty()
                : Optional.of(new Incomplete(count, first, String.join(", ", named), String.join(", ", indicators)));
    }

    /** Incomplete results, as a refusal names them. */
    record Incomplete(int count, int first, String subjects, String indicators) {
    }

    private static boolean registered(String subject, List<Term> terms, CampusDirectory directory) {
        Optional<Student> student = parse(() -> StudentNo.of(subject)).flatMap(directory::student);
        return student.isPresent() && terms.stream().anyMatch(t -> student.get().registeredDuring(t.start(), t.end()));
    }

    private static boolean college(String subject, CampusDirectory directory) {
        return parse(() -> CollegeId.of(subject)).flatMap(directory::college).isPresent();
    }

    private static <T> Optional<T> parse(Supplier<T> id) {
        try {
            return Optional.of(id.get());
        } catch (InvalidInputException malformed) {
            return Optional.empty();
        }
    }
}
