package edu.yiban.scoring.student;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.student.AwardOutcome.Consideration;
import edu.yiban.scoring.student.AwardOutcome.Shortfall;
import edu.yiban.scoring.student.AwardOutcome.Verdict;
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
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Awards with quotas, and bands, from a period's results (see {@link AwardPolicy}): bands first, then each
 * award in policy order, group by group, down the candidates in rank order as the award's quota mode and ties
 * say, recording for every candidate the quota reached what came of it. The decisions are kept as numbers
 * (quotas, recipients, considerations in {@code int} arrays); the quota and standing objects of the
 * {@link AwardOutcome}, and the reasons a candidate was not eligible, are made from them when read.
 */
final class Awarding {
    /** How many incomplete results a refusal names before "…". */
    static final int NAMED = 5;

    private Awarding() {
    }

    public static AwardOutcome award(StudentResults results, AwardPolicy policy) {
        Candidates candidates = results.results() instanceof CompactResults compact && compact.tieBreak().equals(results.tieBreak())
                ? new Compact(compact) : new Listed(results);
        refuse(results, candidates, policy);
        Decisions decisions = new Decisions(policy, candidates, bands(candidates, policy));
        List<AwardPolicy.Award> awards = policy.awards();
        for (int a = 0; a < awards.size(); a++) {
            Places places = candidates.places(awards.get(a).scope());
            for (int g = 0; g < places.codes().length; g++) {
                decisions.run(a, places, g);
            }
        }
        return new AwardOutcome(policy.id(), results.period(), new Quotas(decisions), new Standings(decisions));
    }

    /** Every candidate's band level. */
    private static AwardPolicy.Level[] bands(Candidates candidates, AwardPolicy policy) {
        int n = candidates.size();
        AwardPolicy.Level[] out = new AwardPolicy.Level[n];
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
        if (from != null && candidates instanceof Compact compact) {
            // totals and thresholds in hundredths: the same comparisons without a BigDecimal each
            AwardPolicy.Level[] levels = bands.levels().toArray(AwardPolicy.Level[]::new);
            CompactResults columns = compact.results();
            for (int i = 0; i < n; i++) {
                long total = columns.hundredths(i);
                AwardPolicy.Level level = bands.otherwise();
                for (int k = 0; k < from.length; k++) {
                    if (total >= from[k] && (!levels[k].eligibleOnly() || columns.eligible(i))) {
                        level = levels[k];
                        break;
                    }
                }
                out[i] = level;
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            BigDecimal total = candidates.total(i);
            BigDecimal value = percentiles == null ? total : percentiles[i];
            AwardPolicy.Level level = bands.otherwise();
            for (AwardPolicy.Level candidate : bands.levels()) {
                if (value.compareTo(candidate.from().orElseThrow()) >= 0 && (!candidate.eligibleOnly() || candidates.eligible(i))) {
                    level = candidate;
                    break;
                }
            }
            out[i] = level;
        }
        return out;
    }

    /** Each level's threshold in hundredths, or null when one has more decimals. */
    private static long @Nullable [] hundredths(List<AwardPolicy.Level> levels) {
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

    private static final Verdict[] VERDICTS = Verdict.values();

    /**
     * What the awards decided, as numbers: every quota (its award, group, size, places and recipients) and every
     * consideration (which quota reached which candidate, at what rank and place, with what verdict), in the order
     * they were made. The {@link AwardOutcome.Quota}, {@link AwardOutcome.Standing} and {@link Consideration} objects
     * — and a shortfall's words — are made from these only when read, by the same checks that decided
     * ({@link #eligible}), so that what is read is what was decided.
     */
    private static final class Decisions {
        final AwardPolicy policy;
        final List<AwardPolicy.Award> awards;
        final Candidates candidates;
        final AwardPolicy.Level[] bands;
        /** Per award: its quota mode, whether ties all receive, whether a student it passed over may take a lower award. */
        private final AwardPolicy.QuotaMode[] mode;
        private final boolean[] tiesAll;
        private final boolean[] mayTakeLower;
        /** Per award: whether only vetoes, gates and a higher award's bar can make a candidate not eligible for it. */
        private final boolean[] plain;
        /** The share-rounded quota of the last group size seen, per award: classes are mostly of a few sizes. */
        private final int[] lastSize;
        private final int[] lastQuota;
        /** Per candidate: awards held, the award that barred them from lower ones (-1: none), first and last consideration (-1: none). */
        private final int[] held;
        private final int[] barredBy;
        private final int[] first;
        private final int[] last;
        /** The considerations: quota, candidate, rank, place, verdict, tied with (-1: none), barred by when made, next of the candidate's. */
        private int considerations;
        private int[] cQuota = new int[64];
        private int[] cCandidate = new int[64];
        private int[] cRank = new int[64];
        private int[] cPlace = new int[64];
        private byte[] cVerdict = new byte[64];
        private int[] cTied = new int[64];
        private int[] cBarred = new int[64];
        private int[] cNext = new int[64];
        /** The quotas: award, group, group size, quota, recipients beyond it, and where its recipients start in {@link #recipients}. */
        private int quotas;
        private int[] qAward = new int[16];
        private String[] qGroup = new String[16];
        private int[] qSize = new int[16];
        private int[] qQuota = new int[16];
        private int[] qBeyond = new int[16];
        private int[] qStart = new int[17];
        private int recipientCount;
        private int[] recipients = new int[64];
        /** The candidates of one group run (their positions in the group), reused. */
        private int[] scratch = new int[0];

        Decisions(AwardPolicy policy, Candidates candidates, AwardPolicy.Level[] bands) {
            this.policy = policy;
            this.awards = policy.awards();
            this.candidates = candidates;
            this.bands = bands;
            int k = awards.size();
            mode = new AwardPolicy.QuotaMode[k];
            tiesAll = new boolean[k];
            mayTakeLower = new boolean[k];
            plain = new boolean[k];
            lastSize = new int[k];
            lastQuota = new int[k];
            for (int a = 0; a < k; a++) {
                AwardPolicy.Award award = awards.get(a);
                mode[a] = policy.quotaMode(award);
                tiesAll[a] = policy.ties(award) == AwardPolicy.Ties.ALL;
                mayTakeLower[a] = policy.gatedMayTakeLower(award);
                plain[a] = award.minimumTotal().isEmpty() && award.inBands().isEmpty() && award.conditions().isEmpty();
                lastSize[a] = -1;
            }
            int n = candidates.size();
            held = new int[n];
            barredBy = new int[n];
            first = new int[n];
            last = new int[n];
            Arrays.fill(barredBy, -1);
            Arrays.fill(first, -1);
            Arrays.fill(last, -1);
        }

        /** {@code award}'s {@code share × size} exactly, or its fixed count. */
        static BigDecimal exact(AwardPolicy.Award award, int size) {
            return award.share().isPresent() ? award.share().get().multiply(BigDecimal.valueOf(size))
                    : BigDecimal.valueOf(award.count().orElseThrow());
        }

        /** Award {@code a}'s quota in a group of {@code size}: the exact quota rounded, at least the minimum, at most the size. */
        private int quota(int a, int size) {
            if (lastSize[a] != size) {
                AwardPolicy.Award award = awards.get(a);
                int rounded = award.share().isPresent() ? award.rounding().orElseThrow().round(exact(award, size)) : award.count().orElseThrow();
                lastQuota[a] = Math.min(size, Math.max(award.minimum(), rounded));
                lastSize[a] = size;
            }
            return lastQuota[a];
        }

        /** Award {@code a}'s quota in group {@code g} of {@code places}: its places down the candidates, then its ties. */
        void run(int a, Places places, int g) {
            int[] order = places.order();
            int from = places.start()[g];
            int size = places.start()[g + 1] - from;
            int quota = quota(a, size);
            if (scratch.length < size) {
                scratch = new int[Math.max(size, scratch.length * 2)];
            }
            int[] positions = scratch;
            int count = 0;
            boolean oneEach = policy.oneAwardEach();
            for (int k = 0; k < size; k++) {
                if (!(oneEach && held[order[from + k]] > 0)) {
                    positions[count++] = k;
                }
            }
            int q = openQuota(a, places.codes()[g], size, quota);
            int next;
            int boundary;
            int received = 0;
            if (mode[a] == AwardPolicy.QuotaMode.PASS_DOWN) {
                next = 0;
                int lastPlace = -1;
                for (; next < count && received < quota; next++) {
                    int k = positions[next];
                    int i = order[from + k];
                    if (eligible(i, a, barredBy[i], null)) {
                        give(q, i, k, next, next < quota ? Verdict.RECEIVED : Verdict.RECEIVED_PASSED_DOWN, -1);
                        received++;
                        lastPlace = k;
                    } else {
                        pass(q, a, i, k, next, Verdict.PASSED_DOWN, -1);
                    }
                }
                boundary = quota > 0 && received == quota ? lastPlace : -1;
            } else {
                next = Math.min(quota, count);
                for (int j = 0; j < next; j++) {
                    int k = positions[j];
                    int i = order[from + k];
                    if (eligible(i, a, barredBy[i], null)) {
                        give(q, i, k, j, Verdict.RECEIVED, -1);
                    } else {
                        pass(q, a, i, k, j, Verdict.LEFT_EMPTY, -1);
                    }
                }
                boundary = quota > 0 && next == quota ? positions[quota - 1] : -1;
            }
            if (boundary >= 0) {
                int with = order[from + boundary];
                for (int j = next; j < count; j++) {
                    int k = positions[j];
                    int i = order[from + k];
                    if (!candidates.sameTotal(i, with)) {
                        break;
                    }
                    boolean eligible = eligible(i, a, barredBy[i], null);
                    if (tiesAll[a] && eligible) {
                        give(q, i, k, j, Verdict.RECEIVED_TIED, with);
                        qBeyond[q]++;
                    } else if (tiesAll[a]) {
                        pass(q, a, i, k, j, Verdict.TIED_NOT_ELIGIBLE, with);
                    } else if (eligible) {
                        consider(q, i, k, j, Verdict.TIE_BROKEN, with);
                    }
                }
            }
            qStart[q + 1] = recipientCount;
        }

        private int openQuota(int a, String group, int size, int quota) {
            if (quotas == qAward.length) {
                int more = quotas * 2;
                qAward = Arrays.copyOf(qAward, more);
                qGroup = Arrays.copyOf(qGroup, more);
                qSize = Arrays.copyOf(qSize, more);
                qQuota = Arrays.copyOf(qQuota, more);
                qBeyond = Arrays.copyOf(qBeyond, more);
                qStart = Arrays.copyOf(qStart, more + 1);
            }
            int q = quotas++;
            qAward[q] = a;
            qGroup[q] = group;
            qSize[q] = size;
            qQuota[q] = quota;
            qStart[q] = recipientCount;
            qStart[q + 1] = recipientCount;
            return q;
        }

        /** Candidate {@code i} (position {@code k} of the group, {@code j} of its candidates) receives quota {@code q}'s award. */
        private void give(int q, int i, int k, int j, Verdict verdict, int tiedWith) {
            if (recipientCount == recipients.length) {
                recipients = Arrays.copyOf(recipients, recipientCount * 2);
            }
            recipients[recipientCount++] = i;
            held[i]++;
            consider(q, i, k, j, verdict, tiedWith);
        }

        /** Candidate {@code i} is not eligible for award {@code a}: recorded, and barred from lower awards if it says so. */
        private void pass(int q, int a, int i, int k, int j, Verdict verdict, int tiedWith) {
            consider(q, i, k, j, verdict, tiedWith);
            if (!mayTakeLower[a] && barredBy[i] < 0) {
                barredBy[i] = a;
            }
        }

        private void consider(int q, int i, int k, int j, Verdict verdict, int tiedWith) {
            if (considerations == cQuota.length) {
                int more = considerations * 2;
                cQuota = Arrays.copyOf(cQuota, more);
                cCandidate = Arrays.copyOf(cCandidate, more);
                cRank = Arrays.copyOf(cRank, more);
                cPlace = Arrays.copyOf(cPlace, more);
                cVerdict = Arrays.copyOf(cVerdict, more);
                cTied = Arrays.copyOf(cTied, more);
                cBarred = Arrays.copyOf(cBarred, more);
                cNext = Arrays.copyOf(cNext, more);
            }
            int c = considerations++;
            cQuota[c] = q;
            cCandidate[c] = i;
            cRank[c] = k + 1;
            cPlace[c] = j + 1;
            cVerdict[c] = (byte) verdict.ordinal();
            cTied[c] = tiedWith;
            cBarred[c] = barredBy[i];
            cNext[c] = -1;
            if (last[i] < 0) {
                first[i] = c;
            } else {
                cNext[last[i]] = c;
            }
            last[i] = c;
        }

        /**
         * Whether candidate {@code i} may receive award {@code a}, barred so far by award {@code barred} (-1: none); when
         * {@code out} is given, every reason why not goes into it (else the first reason ends the check).
         */
        boolean eligible(int i, int a, int barred, @Nullable List<Shortfall> out) {
            if (out == null && plain[a] && candidates.eligible(i)) {
                // no veto struck and no gate failed: only a higher award's bar is left to check
                return barred < 0;
            }
            AwardPolicy.Award award = awards.get(a);
            boolean eligible = true;
            for (String veto : candidates.vetoes(i)) {
                if (out == null) {
                    return false;
                }
                eligible = false;
                out.add(new Shortfall(Shortfall.Kind.VETOED, veto, said(candidates.result(i), Note.Kind.VETO, veto), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            }
            for (String gate : candidates.failedGates(i)) {
                if (award.gates().isEmpty() || award.gates().contains(gate)) {
                    if (out == null) {
                        return false;
                    }
                    eligible = false;
                    out.add(new Shortfall(Shortfall.Kind.GATE, gate, said(candidates.result(i), Note.Kind.GATE, gate), Optional.empty(),
                            Optional.empty(), Optional.empty()));
                }
            }
            if (award.minimumTotal().isPresent()) {
                BigDecimal least = award.minimumTotal().get();
                BigDecimal total = candidates.total(i);
                if (total.compareTo(least) < 0) {
                    if (out == null) {
                        return false;
                    }
                    eligible = false;
                    out.add(new Shortfall(Shortfall.Kind.MINIMUM_TOTAL, "total", ScoringMessages.bilingual("student.award.total"),
                            Optional.of(Comparison.AT_LEAST), Optional.of(least), Optional.of(total)));
                }
            }
            AwardPolicy.Level band = bands[i];
            if (!award.inBands().isEmpty() && !award.inBands().contains(band.code())) {
                if (out == null) {
                    return false;
                }
                eligible = false;
                out.add(new Shortfall(Shortfall.Kind.BAND, band.code(), bandNames(award), Optional.empty(), Optional.empty(), Optional.empty()));
            }
            for (AwardPolicy.Condition condition : award.conditions()) {
                Optional<BigDecimal> value = candidates.result(i).measure(condition.indicator());
                if (value.isEmpty() || !condition.holds(value.get())) {
                    if (out == null) {
                        return false;
                    }
                    eligible = false;
                    out.add(new Shortfall(Shortfall.Kind.CONDITION, condition.indicator(),
                            condition.name().orElseGet(() -> indicatorName(condition.indicator())), Optional.of(condition.must()),
                            Optional.of(condition.threshold()), value));
                }
            }
            if (barred >= 0) {
                if (out == null) {
                    return false;
                }
                eligible = false;
                AwardPolicy.Award above = awards.get(barred);
                out.add(new Shortfall(Shortfall.Kind.GATED_ABOVE, above.code(), above.name(), Optional.empty(), Optional.empty(), Optional.empty()));
            }
            return eligible;
        }

        /** The names of {@code award}'s bands, joined. */
        private Bilingual bandNames(AwardPolicy.Award award) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (String code : award.inBands()) {
                Bilingual name = policy.level(code).map(AwardPolicy.Level::name).orElse(new Bilingual(code, code));
                zh.add(name.zh());
                en.add(name.en());
            }
            return new Bilingual(String.join("、", zh), String.join(", ", en));
        }

        int quotaCount() {
            return quotas;
        }

        /** Quota {@code q} as the API reads it. */
        AwardOutcome.Quota quota(int q) {
            AwardPolicy.Award award = awards.get(qAward[q]);
            int size = qSize[q];
            List<StudentNo> to = new ArrayList<>(qStart[q + 1] - qStart[q]);
            for (int r = qStart[q]; r < qStart[q + 1]; r++) {
                to.add(candidates.student(recipients[r]));
            }
            int quota = qQuota[q];
            return new AwardOutcome.Quota(award.code(), award.name(), award.scope(), qGroup[q], size, award.share(), award.rounding(),
                    award.minimum(), exact(award, size), quota, mode[qAward[q]], policy.ties(award), mayTakeLower[qAward[q]], to,
                    quota - (to.size() - qBeyond[q]), qBeyond[q]);
        }

        /** Candidate {@code i}'s standing as the API reads it: a candidate no quota reached stands with their band alone. */
        AwardOutcome.Standing standing(int i) {
            AwardPolicy.Level band = bands[i];
            List<String> received = new ArrayList<>(1);
            List<Consideration> considered = new ArrayList<>(1);
            for (int c = first[i]; c >= 0; c = cNext[c]) {
                int q = cQuota[c];
                AwardPolicy.Award award = awards.get(qAward[q]);
                Verdict verdict = VERDICTS[cVerdict[c]];
                List<Shortfall> shortfalls = List.of();
                if (verdict.received()) {
                    received.add(award.code());
                } else if (verdict != Verdict.TIE_BROKEN) {
                    shortfalls = new ArrayList<>();
                    eligible(i, qAward[q], cBarred[c], shortfalls);
                }
                Optional<StudentNo> with = cTied[c] < 0 ? Optional.empty() : Optional.of(candidates.student(cTied[c]));
                considered.add(new Consideration(award.code(), qGroup[q], cRank[c], cPlace[c], verdict, shortfalls, with));
            }
            return new AwardOutcome.Standing(candidates.student(i), candidates.total(i), band.code(), band.name(), received, considered);
        }
    }

    /** Every quota, awards in policy order and groups by code, each made when first read. */
    public static final class Quotas extends AbstractList<AwardOutcome.Quota> implements RandomAccess {
        private final Decisions decisions;
        private final AtomicReferenceArray<AwardOutcome.Quota> made;

        private Quotas(Decisions decisions) {
            this.decisions = decisions;
            this.made = new AtomicReferenceArray<>(decisions.quotaCount());
        }

        @Override
        public AwardOutcome.Quota get(int q) {
            Objects.checkIndex(q, size());
            AwardOutcome.Quota quota = made.get(q);
            if (quota == null) {
                quota = decisions.quota(q);
                if (!made.compareAndSet(q, null, quota)) {
                    quota = made.get(q);
                }
            }
            return quota;
        }

        @Override
        public int size() {
            return made.length();
        }
    }

    /** Every student's standing, by 学号, each made when read. */
    public static final class Standings extends AbstractList<AwardOutcome.Standing> implements RandomAccess {
        private final Decisions decisions;

        private Standings(Decisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public AwardOutcome.Standing get(int i) {
            Objects.checkIndex(i, size());
            return decisions.standing(i);
        }

        @Override
        public int size() {
            return decisions.bands.length;
        }
    }

    /**
     * The places at one grouping: group {@code g} (code {@code codes[g]}) holds the candidates
     * {@code order[start[g] .. start[g + 1])}, best place first.
     */
    record Places(String[] codes, int[] start, int[] order) {
    }

    /** The results awards are chosen from: a list of results, or the compiled pass's columns. */
    private interface Candidates {
        int size();

        StudentNo student(int i);

        BigDecimal total(int i);

        /** Whether candidates {@code i} and {@code j} have equal totals. */
        boolean sameTotal(int i, int j);

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

        @Override
        public int size() {
            return results.size();
        }

        @Override
        public StudentNo student(int i) {
            return results.get(i).student();
        }

        @Override
        public BigDecimal total(int i) {
            return results.get(i).total();
        }

        @Override
        public boolean sameTotal(int i, int j) {
            return total(i).compareTo(total(j)) == 0;
        }

        @Override
        public boolean eligible(int i) {
            return results.get(i).result().eligible();
        }

        @Override
        public List<String> vetoes(int i) {
            return results.get(i).result().vetoes();
        }

        @Override
        public List<String> failedGates(int i) {
            return results.get(i).result().failedGates();
        }

        @Override
        public StudentResult result(int i) {
            return results.get(i);
        }

        @Override
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
                order[k] = Objects.requireNonNull(index.get(r.subject()), "a ranked student is a listed one");
            }
            start[codes.size()] = ranked.size();
            return new Places(codes.toArray(String[]::new), Arrays.copyOf(start, codes.size() + 1), order);
        }
    }

    private record Compact(CompactResults results) implements Candidates {
        @Override
        public int size() {
            return results.size();
        }

        @Override
        public StudentNo student(int i) {
            return results.student(i);
        }

        @Override
        public BigDecimal total(int i) {
            return results.total(i);
        }

        @Override
        public boolean sameTotal(int i, int j) {
            return results.hundredths(i) == results.hundredths(j);
        }

        @Override
        public boolean eligible(int i) {
            return results.eligible(i);
        }

        @Override
        public List<String> vetoes(int i) {
            return results.vetoes(i);
        }

        @Override
        public List<String> failedGates(int i) {
            return results.failedGates(i);
        }

        @Override
        public StudentResult result(int i) {
            return results.get(i);
        }

        @Override
        public Places places(Grouping grouping) {
            return results.places(grouping);
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
