package edu.yiban.scoring.internal.student;

import edu.yiban.core.InvalidInputException;
import edu.yiban.core.Violation;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardOutcome.Consideration;
import edu.yiban.scoring.student.AwardOutcome.Shortfall;
import edu.yiban.scoring.student.AwardOutcome.Verdict;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.scoring.system.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Awards with quotas, and bands, from a period's results (see {@link AwardPolicy}): bands first, then each
 * award in policy order, group by group, down the candidates in rank order as the award's quota mode and ties
 * say, recording for every candidate the quota reached what came of it and why.
 */
public final class Awarding {
    /** How many incomplete results a refusal names before "…". */
    static final int NAMED = 5;

    private Awarding() {
    }

    public static AwardOutcome award(StudentResults results, AwardPolicy policy) {
        Candidates candidates = results.results() instanceof CompactResults compact ? new Compact(compact) : new Listed(results.results());
        refuse(results, candidates, policy);
        Map<String, Student> students = new LinkedHashMap<>();
        Map<String, BigDecimal> percentiles = new HashMap<>();
        AwardPolicy.Bands bands = policy.bands();
        if (bands.basis() == AwardPolicy.Basis.PERCENTILE) {
            for (Ranked ranked : results.ranks(bands.scope().orElseThrow())) {
                percentiles.put(ranked.subject(), ranked.percentile());
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            StudentNo student = candidates.student(i);
            BigDecimal total = candidates.total(i);
            BigDecimal value = bands.basis() == AwardPolicy.Basis.TOTAL ? total : percentiles.get(student.value());
            AwardPolicy.Level level = bands.otherwise();
            for (AwardPolicy.Level candidate : bands.levels()) {
                if (value.compareTo(candidate.from().orElseThrow()) >= 0 && (!candidate.eligibleOnly() || candidates.eligible(i))) {
                    level = candidate;
                    break;
                }
            }
            students.put(student.value(), new Student(candidates, i, student, total, level));
        }
        List<AwardOutcome.Quota> quotas = new ArrayList<>();
        for (AwardPolicy.Award award : policy.awards()) {
            Map<String, List<Ranked>> groups = new LinkedHashMap<>();
            for (Ranked ranked : results.ranks(award.scope())) {
                groups.computeIfAbsent(ranked.group(), g -> new ArrayList<>()).add(ranked);
            }
            groups.forEach((group, ranked) -> quotas.add(new GroupRun(policy, award, group, ranked, students).run()));
        }
        List<AwardOutcome.Standing> standings = new ArrayList<>(students.size());
        for (Student s : students.values()) {
            standings.add(new AwardOutcome.Standing(s.student, s.total, s.band.code(), s.band.name(), s.awards, s.considered));
        }
        return new AwardOutcome(policy.id(), results.period(), quotas, standings);
    }

    /**
     * One student as the awards go: who they are among the candidates, their total and band, awards so far, quotas
     * that reached them, and the award that barred them. Their whole result is read only for what the columns do not
     * hold (a condition's measure, the words of a veto or gate).
     */
    private static final class Student {
        final Candidates candidates;
        final int index;
        final StudentNo student;
        final BigDecimal total;
        final AwardPolicy.Level band;
        final List<String> awards = new ArrayList<>(1);
        final List<Consideration> considered = new ArrayList<>(1);
        AwardPolicy.Award barredBy;

        Student(Candidates candidates, int index, StudentNo student, BigDecimal total, AwardPolicy.Level band) {
            this.candidates = candidates;
            this.index = index;
            this.student = student;
            this.total = total;
            this.band = band;
        }

        StudentResult result() {
            return candidates.result(index);
        }
    }

    /** The results awards are chosen from: a list of results, or the compiled pass's columns. */
    private interface Candidates {
        int size();

        StudentNo student(int i);

        BigDecimal total(int i);

        boolean eligible(int i);

        List<String> vetoes(int i);

        List<String> failedGates(int i);

        StudentResult result(int i);
    }

    private record Listed(List<StudentResult> results) implements Candidates {
        public int size() {
            return results.size();
        }

        public StudentNo student(int i) {
            return results.get(i).student();
        }

        public BigDecimal total(int i) {
            return results.get(i).total();
        }

        public boolean eligible(int i) {
            return results.get(i).result().eligible();
        }

        public List<String> vetoes(int i) {
            return results.get(i).result().vetoes();
        }

        public List<String> failedGates(int i) {
            return results.get(i).result().failedGates();
        }

        public StudentResult result(int i) {
            return results.get(i);
        }
    }

    private record Compact(CompactResults results) implements Candidates {
        public int size() {
            return results.size();
        }

        public StudentNo student(int i) {
            return results.student(i);
        }

        public BigDecimal total(int i) {
            return results.total(i);
        }

        public boolean eligible(int i) {
            return results.eligible(i);
        }

        public List<String> vetoes(int i) {
            return results.vetoes(i);
        }

        public List<String> failedGates(int i) {
            return results.failedGates(i);
        }

        public StudentResult result(int i) {
            return results.get(i);
        }
    }

    /** One award's quota in one group: its arithmetic, then its places down the candidates. */
    private static final class GroupRun {
        private final AwardPolicy policy;
        private final AwardPolicy.Award award;
        private final String group;
        private final List<Ranked> ranked;
        private final Map<String, Student> students;
        private final List<StudentNo> recipients = new ArrayList<>();
        private int beyond;

        GroupRun(AwardPolicy policy, AwardPolicy.Award award, String group, List<Ranked> ranked, Map<String, Student> students) {
            this.policy = policy;
            this.award = award;
            this.group = group;
            this.ranked = ranked;
            this.students = students;
        }

        AwardOutcome.Quota run() {
            int size = ranked.size();
            BigDecimal exact;
            int rounded;
            if (award.share().isPresent()) {
                exact = award.share().get().multiply(BigDecimal.valueOf(size));
                rounded = award.rounding().orElseThrow().round(exact);
            } else {
                exact = BigDecimal.valueOf(award.count().orElseThrow());
                rounded = award.count().get();
            }
            int quota = Math.min(size, Math.max(award.minimum(), rounded));
            List<Ranked> candidates = new ArrayList<>(size);
            for (Ranked place : ranked) {
                if (!(policy.oneAwardEach() && !students.get(place.subject()).awards.isEmpty())) {
                    candidates.add(place);
                }
            }
            AwardPolicy.QuotaMode mode = policy.quotaMode(award);
            int next;
            Ranked boundary = null;
            if (mode == AwardPolicy.QuotaMode.PASS_DOWN) {
                next = 0;
                Ranked last = null;
                for (; next < candidates.size() && recipients.size() < quota; next++) {
                    Ranked place = candidates.get(next);
                    List<Shortfall> shortfalls = shortfalls(students.get(place.subject()));
                    if (shortfalls.isEmpty()) {
                        give(place, next, next < quota ? Verdict.RECEIVED : Verdict.RECEIVED_PASSED_DOWN, Optional.empty());
                        last = place;
                    } else {
                        pass(place, next, Verdict.PASSED_DOWN, shortfalls, Optional.empty());
                    }
                }
                boundary = quota > 0 && recipients.size() == quota ? last : null;
            } else {
                next = Math.min(quota, candidates.size());
                for (int i = 0; i < next; i++) {
                    Ranked place = candidates.get(i);
                    List<Shortfall> shortfalls = shortfalls(students.get(place.subject()));
                    if (shortfalls.isEmpty()) {
                        give(place, i, Verdict.RECEIVED, Optional.empty());
                    } else {
                        pass(place, i, Verdict.LEFT_EMPTY, shortfalls, Optional.empty());
                    }
                }
                boundary = quota > 0 && next == quota ? candidates.get(quota - 1) : null;
            }
            if (boundary != null) {
                ties(candidates, next, boundary);
            }
            return new AwardOutcome.Quota(award.code(), award.name(), award.scope(), group, size, award.share(), award.rounding(),
                    award.minimum(), exact, quota, mode, policy.ties(award), policy.gatedMayTakeLower(award), recipients,
                    quota - (recipients.size() - beyond), beyond);
        }

        /** The candidates from {@code next} on tied on total with {@code boundary}, the last place inside the quota. */
        private void ties(List<Ranked> candidates, int next, Ranked boundary) {
            BigDecimal total = students.get(boundary.subject()).total;
            Optional<StudentNo> with = Optional.of(students.get(boundary.subject()).student);
            boolean all = policy.ties(award) == AwardPolicy.Ties.ALL;
            for (int i = next; i < candidates.size(); i++) {
                Ranked place = candidates.get(i);
                Student s = students.get(place.subject());
                if (s.total.compareTo(total) != 0) {
                    return;
                }
                List<Shortfall> shortfalls = shortfalls(s);
                if (all && shortfalls.isEmpty()) {
                    give(place, i, Verdict.RECEIVED_TIED, with);
                    beyond++;
                } else if (all) {
                    pass(place, i, Verdict.TIED_NOT_ELIGIBLE, shortfalls, with);
                } else if (shortfalls.isEmpty()) {
                    s.considered.add(new Consideration(award.code(), group, place.rank(), i + 1, Verdict.TIE_BROKEN, List.of(), with));
                }
            }
        }

        private void give(Ranked place, int index, Verdict verdict, Optional<StudentNo> tiedWith) {
            Student s = students.get(place.subject());
            recipients.add(s.student);
            s.awards.add(award.code());
            s.considered.add(new Consideration(award.code(), group, place.rank(), index + 1, verdict, List.of(), tiedWith));
        }

        /** {@code place} not eligible: recorded, and barred from lower awards if this award says so. */
        private void pass(Ranked place, int index, Verdict verdict, List<Shortfall> shortfalls, Optional<StudentNo> tiedWith) {
            Student s = students.get(place.subject());
            s.considered.add(new Consideration(award.code(), group, place.rank(), index + 1, verdict, shortfalls, tiedWith));
            if (!policy.gatedMayTakeLower(award) && s.barredBy == null) {
                s.barredBy = award;
            }
        }

        /** Why {@code s} may not receive the award, every reason; empty when eligible. */
        private List<Shortfall> shortfalls(Student s) {
            List<Shortfall> found = new ArrayList<>();
            for (String veto : s.candidates.vetoes(s.index)) {
                found.add(new Shortfall(Shortfall.Kind.VETOED, veto, said(s.result(), Note.Kind.VETO, veto), Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
            for (String gate : s.candidates.failedGates(s.index)) {
                if (award.gates().isEmpty() || award.gates().contains(gate)) {
                    found.add(new Shortfall(Shortfall.Kind.GATE, gate, said(s.result(), Note.Kind.GATE, gate), Optional.empty(), Optional.empty(),
                            Optional.empty()));
                }
            }
            award.minimumTotal().filter(least -> s.total.compareTo(least) < 0).ifPresent(least -> found.add(new Shortfall(
                    Shortfall.Kind.MINIMUM_TOTAL, "total", ScoringMessages.bilingual("student.award.total"), Optional.of(Comparison.AT_LEAST),
                    Optional.of(least), Optional.of(s.total))));
            if (!award.inBands().isEmpty() && !award.inBands().contains(s.band.code())) {
                found.add(new Shortfall(Shortfall.Kind.BAND, s.band.code(), bandNames(), Optional.empty(), Optional.empty(), Optional.empty()));
            }
            for (AwardPolicy.Condition condition : award.conditions()) {
                Optional<BigDecimal> value = s.result().measure(condition.indicator());
                if (value.isEmpty() || !condition.holds(value.get())) {
                    found.add(new Shortfall(Shortfall.Kind.CONDITION, condition.indicator(),
                            condition.name().orElseGet(() -> indicatorName(condition.indicator())), Optional.of(condition.must()),
                            Optional.of(condition.threshold()), value));
                }
            }
            if (s.barredBy != null) {
                found.add(new Shortfall(Shortfall.Kind.GATED_ABOVE, s.barredBy.code(), s.barredBy.name(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
            return found;
        }

        /** The names of the award's bands, joined. */
        private Bilingual bandNames() {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (String code : award.inBands()) {
                Bilingual name = policy.level(code).map(AwardPolicy.Level::name).orElse(new Bilingual(code, code));
                zh.add(name.zh());
                en.add(name.en());
            }
            return new Bilingual(String.join("、", zh), String.join(", ", en));
        }
    }

    /** The evaluation's own sentence for the veto or gate {@code code} of {@code r} (with its value), else the code. */
    private static Bilingual said(StudentResult r, Note.Kind kind, String code) {
        return r.result().explanation().notes().stream().filter(n -> n.kind() == kind && n.code().equals(code)).findFirst()
                .map(n -> new Bilingual(n.zh(), n.en())).orElse(new Bilingual(code, code));
    }

    /** The name of indicator {@code code}: the academic indicators' and a part's points' from the bundle, else the code. */
    static Bilingual indicatorName(String code) {
        if (ScoringMessages.BUNDLE.has("indicator." + code, MessageBundle.EN)) {
            return ScoringMessages.bilingual("indicator." + code);
        }
        if (code.startsWith("points.")) {
            String part = code.substring("points.".length());
            return ScoringMessages.bilingual("indicator.points", part, part);
        }
        return new Bilingual(code, code);
    }

    /**
     * Refuses, naming every fault: incomplete results (they decide nothing), an award requiring a gate the
     * results' system does not have, and a condition on an indicator no result of the period has.
     */
    private static void refuse(StudentResults results, Candidates candidates, AwardPolicy policy) {
        List<Violation> found = new ArrayList<>();
        int count = 0;
        int first = -1;
        List<String> named = new ArrayList<>();
        Set<String> unmeasured = new TreeSet<>();
        boolean conditions = policy.awards().stream().anyMatch(a -> !a.conditions().isEmpty());
        Set<String> measured = new HashSet<>(RuleChecks.academic());
        if (candidates instanceof Compact compact) {
            // every result the compiled pass makes is complete and measures what its rule set produces
            measured.addAll(compact.results().indicators());
        }
        for (int i = 0; i < results.results().size() && candidates instanceof Listed; i++) {
            StudentResult r = results.results().get(i);
            if (conditions) {
                measured.addAll(r.measures().keySet());
            }
            if (r.result().complete()) {
                continue;
            }
            count++;
            first = first < 0 ? i : first;
            if (named.size() < NAMED) {
                named.add(r.student().value());
            } else if (named.size() == NAMED) {
                named.add("…");
            }
            unmeasured.addAll(r.result().incomplete());
        }
        if (count > 0) {
            found.add(RuleChecks.violation("results[" + first + "].incomplete", "student.award.incomplete", count, String.join(", ", named),
                    String.join(", ", unmeasured)));
        }
        for (int i = 0; i < policy.awards().size(); i++) {
            AwardPolicy.Award award = policy.awards().get(i);
            List<String> gates = award.gates();
            for (int j = 0; j < gates.size(); j++) {
                if (!results.gates().contains(gates.get(j))) {
                    found.add(RuleChecks.violation("awards[" + i + "].gates[" + j + "]", "student.award.gate", award.code(), gates.get(j)));
                }
            }
            for (int j = 0; j < award.conditions().size(); j++) {
                String indicator = award.conditions().get(j).indicator();
                if (!results.results().isEmpty() && !measured.contains(indicator)) {
                    List<String> known = new ArrayList<>(new TreeSet<>(measured));
                    found.add(RuleChecks.violation("awards[" + i + "].conditions[" + j + "].indicator", "student.award.condition.unmeasured",
                            award.code(), indicator, String.join(", ", known)));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
