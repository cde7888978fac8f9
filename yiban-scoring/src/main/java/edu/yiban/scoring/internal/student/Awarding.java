package edu.yiban.scoring.internal.student;

import edu.yiban.core.InvalidInputException;
import edu.yiban.core.Violation;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardOutcome.Consideration;
import edu.yiban.scoring.student.AwardOutcome.Shortfall;
import edu.yiban.scoring.student.AwardOutcome.Verdict;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.scoring.system.Comparison;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
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
        Candidates candidates = results.results() instanceof CompactResults compact && compact.tieBreak().equals(results.tieBreak())
                ? new Compact(compact) : new Listed(results);
        refuse(results, candidates, policy);
        int n = candidates.size();
        Pool students = new Pool(candidates);
        BigDecimal[] percentiles = null;
        AwardPolicy.Bands bands = policy.bands();
        if (bands.basis() == AwardPolicy.Basis.PERCENTILE) {
            percentiles = new BigDecimal[n];
            Places places = candidates.places(bands.scope().orElseThrow());
            for (int g = 0; g < places.codes().length; g++) {
                int of = places.start()[g + 1] - places.start()[g];
                for (int k = 0; k < of; k++) {
                    percentiles[places.order()[places.start()[g] + k]] = Ranking.percentile(k + 1, of);
                }
            }
        }
        long[] from = percentiles == null ? hundredths(bands.levels()) : null;
        for (int i = 0; i < n; i++) {
            if (from != null && candidates instanceof Compact compact) {
                // totals and thresholds in hundredths: the same comparisons without a BigDecimal each
                students.bands[i] = band(bands, from, compact.results().hundredths(i), compact.results().eligible(i));
                continue;
            }
            BigDecimal total = candidates.total(i);
            BigDecimal value = percentiles == null ? total : percentiles[i];
            AwardPolicy.Level level = bands.otherwise();
            for (AwardPolicy.Level candidate : bands.levels()) {
                if (value.compareTo(candidate.from().orElseThrow()) >= 0 && (!candidate.eligibleOnly() || candidates.eligible(i))) {
                    level = candidate;
                    break;
                }
            }
            students.bands[i] = level;
        }
        List<AwardOutcome.Quota> quotas = new ArrayList<>();
        for (AwardPolicy.Award award : policy.awards()) {
            Places places = candidates.places(award.scope());
            for (int g = 0; g < places.codes().length; g++) {
                int[] ranked = Arrays.copyOfRange(places.order(), places.start()[g], places.start()[g + 1]);
                quotas.add(new GroupRun(policy, award, places.codes()[g], ranked, students).run());
            }
        }
        return new AwardOutcome(policy.id(), results.period(), quotas, new Standings(students));
    }

    /** Each level's threshold in hundredths, or null when one has more decimals. */
    private static long[] hundredths(List<AwardPolicy.Level> levels) {
        long[] out = new long[levels.size()];
        for (int k = 0; k < out.length; k++) {
            BigDecimal from = levels.get(k).from().orElseThrow();
            if (from.stripTrailingZeros().scale() > 2) {
                return null;
            }
            out[k] = from.movePointRight(2).longValueExact();
        }
        return out;
    }

    /** The first level whose threshold {@code total} (hundredths) reaches, and whose eligibility it meets; else the otherwise band. */
    private static AwardPolicy.Level band(AwardPolicy.Bands bands, long[] from, long total, boolean eligible) {
        for (int k = 0; k < from.length; k++) {
            AwardPolicy.Level candidate = bands.levels().get(k);
            if (total >= from[k] && (!candidate.eligibleOnly() || eligible)) {
                return candidate;
            }
        }
        return bands.otherwise();
    }

    /** The students as the awards reach them: each made when a quota first reaches them, every band worked out first. */
    private static final class Pool {
        final Candidates candidates;
        final AwardPolicy.Level[] bands;
        final Student[] students;

        Pool(Candidates candidates) {
            this.candidates = candidates;
            this.bands = new AwardPolicy.Level[candidates.size()];
            this.students = new Student[candidates.size()];
        }

        Student get(int i) {
            Student s = students[i];
            if (s == null) {
                s = new Student(candidates, i, candidates.student(i), candidates.total(i), bands[i]);
                students[i] = s;
            }
            return s;
        }

        /** Whether candidate {@code i} holds an award already. */
        boolean awarded(int i) {
            return students[i] != null && !students[i].awards.isEmpty();
        }
    }

    /**
     * Every student's standing, by 学号, each made when read: a student no quota reached stands with their band alone.
     */
    public static final class Standings extends AbstractList<AwardOutcome.Standing> implements RandomAccess {
        private final Pool pool;

        private Standings(Pool pool) {
            this.pool = pool;
        }

        @Override
        public AwardOutcome.Standing get(int i) {
            Objects.checkIndex(i, size());
            Student s = pool.students[i];
            AwardPolicy.Level band = pool.bands[i];
            if (s == null) {
                return new AwardOutcome.Standing(pool.candidates.student(i), pool.candidates.total(i), band.code(), band.name(), List.of(), List.of());
            }
            return new AwardOutcome.Standing(s.student, s.total, band.code(), band.name(), s.awards, s.considered);
        }

        @Override
        public int size() {
            return pool.bands.length;
        }
    }

    /**
     * The places at one grouping: group {@code g} (code {@code codes[g]}) holds the candidates
     * {@code order[start[g] .. start[g + 1])}, best place first.
     */
    record Places(String[] codes, int[] start, int[] order) {
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

        Places places(Grouping grouping);
    }

    private record Listed(StudentResults all, List<StudentResult> results, Map<String, Integer> index) implements Candidates {
        Listed(StudentResults all) {
            this(all, all.results(), new HashMap<>());
            for (int i = 0; i < results.size(); i++) {
                index.put(results.get(i).student().value(), i);
            }
        }

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

        public Places places(Grouping grouping) {
            List<Ranked> ranked = all.ranks(grouping);
            List<String> codes = new ArrayList<>();
            int[] start = new int[ranked.size() + 1];
            int[] order = new int[ranked.size()];
            for (int k = 0; k < ranked.size(); k++) {
                Ranked r = ranked.get(k);
                if (codes.isEmpty() || !codes.get(codes.size() - 1).equals(r.group())) {
                    start[codes.size()] = k;
                    codes.add(r.group());
                }
                order[k] = index.get(r.subject());
            }
            start[codes.size()] = ranked.size();
            return new Places(codes.toArray(String[]::new), Arrays.copyOf(start, codes.size() + 1), order);
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

        public Places places(Grouping grouping) {
            return results.places(grouping);
        }
    }

    /** One award's quota in one group: its arithmetic, then its places down the candidates. */
    private static final class GroupRun {
        private final AwardPolicy policy;
        private final AwardPolicy.Award award;
        private final String group;
        /** The group's candidates (their indexes), best place first: the place at position {@code k} is rank {@code k + 1}. */
        private final int[] ranked;
        private final Pool students;
        private final List<StudentNo> recipients = new ArrayList<>();
        private int beyond;

        GroupRun(AwardPolicy policy, AwardPolicy.Award award, String group, int[] ranked, Pool students) {
            this.policy = policy;
            this.award = award;
            this.group = group;
            this.ranked = ranked;
            this.students = students;
        }

        AwardOutcome.Quota run() {
            int size = ranked.length;
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
            int[] candidates = new int[size];
            int count = 0;
            for (int k = 0; k < size; k++) {
                if (!(policy.oneAwardEach() && students.awarded(ranked[k]))) {
                    candidates[count++] = k;
                }
            }
            candidates = Arrays.copyOf(candidates, count);
            AwardPolicy.QuotaMode mode = policy.quotaMode(award);
            int next;
            int boundary = -1;
            if (mode == AwardPolicy.QuotaMode.PASS_DOWN) {
                next = 0;
                int last = -1;
                for (; next < candidates.length && recipients.size() < quota; next++) {
                    int place = candidates[next];
                    List<Shortfall> shortfalls = shortfalls(student(place));
                    if (shortfalls.isEmpty()) {
                        give(place, next, next < quota ? Verdict.RECEIVED : Verdict.RECEIVED_PASSED_DOWN, Optional.empty());
                        last = place;
                    } else {
                        pass(place, next, Verdict.PASSED_DOWN, shortfalls, Optional.empty());
                    }
                }
                boundary = quota > 0 && recipients.size() == quota ? last : -1;
            } else {
                next = Math.min(quota, candidates.length);
                for (int i = 0; i < next; i++) {
                    int place = candidates[i];
                    List<Shortfall> shortfalls = shortfalls(student(place));
                    if (shortfalls.isEmpty()) {
                        give(place, i, Verdict.RECEIVED, Optional.empty());
                    } else {
                        pass(place, i, Verdict.LEFT_EMPTY, shortfalls, Optional.empty());
                    }
                }
                boundary = quota > 0 && next == quota ? candidates[quota - 1] : -1;
            }
            if (boundary >= 0) {
                ties(candidates, next, boundary);
            }
            return new AwardOutcome.Quota(award.code(), award.name(), award.scope(), group, size, award.share(), award.rounding(),
                    award.minimum(), exact, quota, mode, policy.ties(award), policy.gatedMayTakeLower(award), recipients,
                    quota - (recipients.size() - beyond), beyond);
        }

        /** The candidates from {@code next} on tied on total with {@code boundary}, the last place inside the quota. */
        private void ties(int[] candidates, int next, int boundary) {
            BigDecimal total = student(boundary).total;
            Optional<StudentNo> with = Optional.of(student(boundary).student);
            boolean all = policy.ties(award) == AwardPolicy.Ties.ALL;
            for (int i = next; i < candidates.length; i++) {
                int place = candidates[i];
                Student s = student(place);
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
                    s.considered.add(new Consideration(award.code(), group, place + 1, i + 1, Verdict.TIE_BROKEN, List.of(), with));
                }
            }
        }

        /** The candidate at position {@code place} of the group. */
        private Student student(int place) {
            return students.get(ranked[place]);
        }

        private void give(int place, int index, Verdict verdict, Optional<StudentNo> tiedWith) {
            Student s = student(place);
            recipients.add(s.student);
            s.awards.add(award.code());
            s.considered.add(new Consideration(award.code(), group, place + 1, index + 1, verdict, List.of(), tiedWith));
        }

        /** {@code place} not eligible: recorded, and barred from lower awards if this award says so. */
        private void pass(int place, int index, Verdict verdict, List<Shortfall> shortfalls, Optional<StudentNo> tiedWith) {
            Student s = student(place);
            s.considered.add(new Consideration(award.code(), group, place + 1, index + 1, verdict, shortfalls, tiedWith));
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
