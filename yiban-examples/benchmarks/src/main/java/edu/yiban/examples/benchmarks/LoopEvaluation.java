package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The hand-written baseline: {@code loop-exact-2022.json} (the example rules of 2022-2023 restricted to parts,
 * points tables and per-term caps) evaluated for one term by one pass over the term's primitive columns
 * ({@link TermColumns}) and a second over the students, all in {@code int}/{@code long} hundredths.
 *
 * <p>The arithmetic, exactly:
 * <ol>
 *   <li>Each effective row looks up its (category code, attribute-set id) in a table compiled once from the rule
 *       set's points tables (by hand, below in {@link #rule}): a bucket and points in hundredths, or none. Buckets:
 *       competition (→ 智), honour (→ 德), other moral (posts, sanctions), physical, aesthetic, labour. The row's
 *       points are added to {@code acc[student × 6 + bucket]}.</li>
 *   <li>Per student: 德 = clamp(6000 + min(honour, 800) + other moral, 0, 10000); 智 = clamp(6000 + min(competition,
 *       1000), 0, 10000); 体, 美, 劳 = clamp(6000 + bucket, 0, 10000) — the parts' base 60, the per-term caps of 10
 *       and 8 points, each part's floor 0 and cap 100, in hundredths.</li>
 *   <li>Total = 20 × 德 + 60 × 智 + 10 × 体 + 5 × 美 + 5 × 劳 (weights in hundredths, so exact in ten-thousandths),
 *       rounded half-up once to hundredths: {@code (x + 50) / 100} (x is never negative).</li>
 *   <li>Rank within the class: total, then 智, then 德 (the rule set's tie-break), highest first, then 学号
 *       ascending — one {@code long} key per student, sorted per class.</li>
 *   <li>With an award policy ({@link #evaluate(TermColumns, ShareAwards)}): walking each class's sorted keys, every
 *       level takes the next {@code quota} places after the higher levels' last recipient, and under ties {@code ALL}
 *       the places right after them whose total equals the last recipient's; each student's band from their total
 *       ({@link ShareAwards} says why this is the library's arithmetic).</li>
 * </ol>
 *
 * <p>The lookup table covers the categories and attribute sets of the sample terms given to the constructor: give it
 * every term it will evaluate.
 */
final class LoopEvaluation {
    private static final int BUCKETS = 6;
    private static final int COMPETITION = 0;
    private static final int HONOUR = 1;
    private static final int MORAL = 2;
    private static final int PHYSICAL = 3;
    private static final int AESTHETIC = 4;
    private static final int LABOUR = 5;
    private static final int NONE = -1;

    private final int students;
    private final int attributeSets;
    private final int[] bucketOf;
    private final int[] pointsOf;
    private final int[][] classMembers;
    private final int[] order;
    private final int[] studentOf;
    private final long[] keys;

    /**
     * Compiles the rules' tables for the categories and attribute sets of {@code sample}'s rows and lays out the
     * classes (not timed).
     */
    LoopEvaluation(ArchiveColumns columns, TermColumns sample, Function<StudentNo, ClassId> classOf) {
        this(columns, List.of(sample), classOf);
    }

    /**
     * Compiles the rules' tables for the categories and attribute sets of every one of {@code samples}' rows and lays
     * out the classes (not timed).
     */
    LoopEvaluation(ArchiveColumns columns, List<TermColumns> samples, Function<StudentNo, ClassId> classOf) {
        students = columns.studentCount();
        int categories = 0;
        int sets = 0;
        for (TermColumns sample : samples) {
            for (int row = 0; row < sample.size(); row++) {
                categories = Math.max(categories, sample.category(row) + 1);
                sets = Math.max(sets, sample.attributes(row) + 1);
            }
        }
        attributeSets = sets;
        bucketOf = new int[categories * sets];
        pointsOf = new int[categories * sets];
        for (int c = 0; c < categories; c++) {
            Category category = columns.category(c);
            for (int a = 0; a < sets; a++) {
                int[] rule = rule(category.code(), columns.attributes(a));
                bucketOf[c * sets + a] = rule[0];
                pointsOf[c * sets + a] = rule[1];
            }
        }
        Integer[] bySno = IntStream.range(0, students).boxed().toArray(Integer[]::new);
        Arrays.sort(bySno, Comparator.comparing(s -> columns.student(s).value()));
        order = new int[students];
        for (int k = 0; k < students; k++) {
            order[bySno[k]] = k;
        }
        if (students >= 1 << 17) {
            throw new IllegalArgumentException("the rank key holds at most 131,072 students, not " + students);
        }
        Map<ClassId, List<Integer>> members = new LinkedHashMap<>();
        for (int s : bySno) {
            members.computeIfAbsent(classOf.apply(columns.student(s)), c -> new ArrayList<>()).add(s);
        }
        classMembers = members.values().stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        int largest = members.values().stream().mapToInt(List::size).max().orElse(0);
        studentOf = new int[students];
        for (int s = 0; s < students; s++) {
            studentOf[order[s]] = s;
        }
        keys = new long[largest];
    }

    /** The rule set's points tables, by hand: {bucket, points in hundredths}, or {NONE, 0} when no rule takes the entry. */
    private static int[] rule(String category, SortedMap<String, String> a) {
        String level = a.getOrDefault("level", "");
        return switch (category) {
            case "competition" -> new int[] {COMPETITION, switch (level + "/" + a.getOrDefault("prize", "")) {
                case "national/first" -> 800;
                case "national/second" -> 600;
                case "national/third" -> 400;
                case "provincial/first" -> 500;
                case "provincial/second" -> 300;
                case "provincial/third" -> 200;
                case "school/first" -> 200;
                case "school/second" -> 100;
                case "school/third" -> 50;
                default -> 0;
            }};
            case "award" -> new int[] {HONOUR, switch (level) {
                case "national" -> 600;
                case "provincial" -> 400;
                case "school" -> 200;
                case "college" -> 100;
                default -> 0;
            }};
            case "post" -> new int[] {MORAL, switch (a.getOrDefault("post", "")) {
                case "monitor" -> 300;
                case "committee" -> 200;
                default -> 100;
            }};
            case "discipline" -> new int[] {MORAL, switch (level) {
                case "warning" -> -500;
                case "demerit" -> -1200;
                default -> 0;
            }};
            case "physical-test" -> new int[] {PHYSICAL, switch (a.getOrDefault("result", "")) {
                case "excellent" -> 2000;
                case "good" -> 1500;
                case "pass" -> 1000;
                default -> 0;
            }};
            case "activity" -> switch (a.getOrDefault("kind", "")) {
                case "arts" -> new int[] {AESTHETIC, switch (level) {
                    case "national" -> 600;
                    case "provincial" -> 400;
                    case "school" -> 200;
                    default -> 100;
                }};
                case "labour" -> new int[] {LABOUR, 100};
                default -> new int[] {NONE, 0};
            };
            default -> new int[] {NONE, 0};
        };
    }

    /** Every student's total and place in class for {@code t}'s rows. */
    CampusScores evaluate(TermColumns t) {
        int[] totals = new int[students];
        int[] ranks = new int[students];
        run(t, totals, ranks, null, null, null);
        return new CampusScores(totals, ranks);
    }

    /** Every student's total, place in class, award level and band for {@code t}'s rows, as {@code policy} gives them. */
    TermStandings evaluate(TermColumns t, ShareAwards policy) {
        int[] totals = new int[students];
        int[] ranks = new int[students];
        byte[] awards = new byte[students];
        byte[] bands = new byte[students];
        run(t, totals, ranks, policy, awards, bands);
        return new TermStandings(t.term(), new CampusScores(totals, ranks), awards, bands);
    }

    /** The pass over {@code t}'s rows, then over the students; awards and bands too when {@code policy} is given. */
    private void run(TermColumns t, int[] totals, int[] ranks, ShareAwards policy, byte[] awards, byte[] bands) {
        long[] acc = new long[students * BUCKETS];
        int sets = attributeSets;
        for (int row = 0, n = t.size(); row < n; row++) {
            if (!t.effective(row)) {
                continue;
            }
            int key = t.category(row) * sets + t.attributes(row);
            int bucket = bucketOf[key];
            if (bucket != NONE) {
                acc[t.student(row) * BUCKETS + bucket] += pointsOf[key];
            }
        }
        int[] intellectual = new int[students];
        int[] moral = new int[students];
        for (int s = 0; s < students; s++) {
            int o = s * BUCKETS;
            long m = clamp(6000 + Math.min(acc[o + HONOUR], 800) + acc[o + MORAL]);
            long i = clamp(6000 + Math.min(acc[o + COMPETITION], 1000));
            long p = clamp(6000 + acc[o + PHYSICAL]);
            long ae = clamp(6000 + acc[o + AESTHETIC]);
            long l = clamp(6000 + acc[o + LABOUR]);
            long exact = 20 * m + 60 * i + 10 * p + 5 * ae + 5 * l;
            totals[s] = (int) ((exact + 50) / 100);
            intellectual[s] = (int) i;
            moral[s] = (int) m;
        }
        for (int[] members : classMembers) {
            int size = members.length;
            for (int k = 0; k < size; k++) {
                int s = members[k];
                keys[k] = (long) (10000 - totals[s]) << 45 | (long) (10000 - intellectual[s]) << 31
                        | (long) (10000 - moral[s]) << 17 | order[s];
            }
            Arrays.sort(keys, 0, size);
            for (int k = 0; k < size; k++) {
                ranks[studentOf[(int) (keys[k] & 0x1FFFF)]] = k + 1;
            }
            if (policy != null) {
                award(policy, size, awards);
            }
        }
        if (policy != null) {
            for (int s = 0; s < students; s++) {
                bands[s] = (byte) policy.band(totals[s]);
            }
        }
    }

    /**
     * Gives the award levels down one class's sorted keys ({@code keys[0 .. size)}, best place first). One award each:
     * a level's candidates are the places after the last recipient of the levels above ({@code end}). The level takes
     * the next {@code quota} of them (fewer when fewer are left); under ties {@code ALL}, when it took its whole quota,
     * also the places right after whose total — the key's top bits, {@code 10000 − total} — equals its last recipient's.
     */
    private void award(ShareAwards policy, int size, byte[] awards) {
        int end = 0;
        for (int level = 0, levels = policy.levels(); level < levels; level++) {
            int quota = policy.quota(level, size);
            int start = end;
            end = Math.min(size, start + quota);
            if (policy.tiesAll(level) && quota > 0 && start + quota <= size) {
                long boundary = keys[end - 1] >>> 45;
                while (end < size && keys[end] >>> 45 == boundary) {
                    end++;
                }
            }
            for (int k = start; k < end; k++) {
                awards[studentOf[(int) (keys[k] & 0x1FFFF)]] = (byte) (level + 1);
            }
        }
    }

    private static long clamp(long hundredths) {
        return Math.max(0, Math.min(10000, hundredths));
    }
}
