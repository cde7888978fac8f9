package edu.yiban.scoring.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Ranks results within groups (排名). Within a group, results are ordered by total (highest first),
 * then by the evaluation's tie-break (e.g. the academic score, then the moral score), and last by subject
 * code (ascending) so that every place is taken exactly once and the same inputs always give the same
 * ranks. {@link Ranked#sharedRank()} gives equal totals the same place (1, 2, 2, 4) for display.
 *
 * <pre>{@code
 * List<Ranked> inClass = Ranking.rank(results, r -> classOf(r.subject()), Ranking.byNode("intellectual"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Ranking {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ranking() {
    }

    /** No tie-break beyond the subject code. */
    public static Comparator<SubjectResult> noTieBreak() {
        return Comparator.comparingInt(result -> 0);
    }

    /** Higher exact score of node {@code code} in the explanation first (a missing node counts as 0). */
    public static Comparator<SubjectResult> byNode(String code) {
        Function<SubjectResult, BigDecimal> score = r -> r.explanation().find(code).map(Explanation::score).orElse(BigDecimal.ZERO);
        return Comparator.comparing(score).reversed();
    }

    /** Ranks {@code results} within the groups {@code group} assigns; the result is ordered by group, then rank. */
    public static List<Ranked> rank(List<SubjectResult> results, Function<SubjectResult, String> group,
                                    Comparator<SubjectResult> tieBreak) {
        Comparator<SubjectResult> order = Comparator.comparing(SubjectResult::total).reversed()
                .thenComparing(tieBreak)
                .thenComparing(SubjectResult::subject);
        Map<String, List<SubjectResult>> groups = new TreeMap<>();
        for (SubjectResult r : results) {
            groups.computeIfAbsent(group.apply(r), g -> new ArrayList<>()).add(r);
        }
        List<Ranked> ranked = new ArrayList<>(results.size());
        groups.forEach((name, members) -> {
            members.sort(order);
            int n = members.size();
            int shared = 1;
            for (int i = 0; i < n; i++) {
                if (i > 0 && members.get(i).total().compareTo(members.get(i - 1).total()) != 0) {
                    shared = i + 1;
                }
                ranked.add(new Ranked(members.get(i).subject(), name, i + 1, n, shared, percentile(i + 1, n)));
            }
        });
        return ranked;
    }

    /** {@code (of − rank) / (of − 1) × 100}, two decimals half-up; 100 when alone. */
    public static BigDecimal percentile(int rank, int of) {
        if (of == 1) {
            return HUNDRED.setScale(2);
        }
        return BigDecimal.valueOf(of - rank).multiply(HUNDRED).divide(BigDecimal.valueOf(of - 1), 2, RoundingMode.HALF_UP);
    }
}
