package edu.yiban.scoring.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Ranks within every group are a permutation of 1..n: higher totals first, equal totals by the
 * tie-break, then by subject code; the shared rank counts the totals strictly above; percentiles run from
 * 100 (first) to 0 (last).
 */
class RankingProperties {

    @Property(tries = 500)
    void ranksArePermutationsWithTiesBrokenAsDocumented(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 8) Integer> totals,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 3) Integer> tieBreaks,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 2) Integer> groups) {
        List<SubjectResult> results = new ArrayList<>();
        Map<String, Integer> groupOf = new java.util.HashMap<>();
        for (int i = 0; i < totals.size(); i++) {
            String subject = String.format("s%02d", (i * 17) % 97);
            groupOf.put(subject, groups.get(i));
            results.add(result(subject, totals.get(i), tieBreaks.get(i)));
        }

        List<Ranked> ranked = Ranking.rank(results, r -> "g" + groupOf.get(r.subject()), Ranking.byNode("academic"));

        assertThat(ranked).hasSize(results.size());
        Map<String, List<Ranked>> byGroup = ranked.stream().collect(Collectors.groupingBy(Ranked::group));
        Map<String, SubjectResult> bySubject = results.stream().collect(Collectors.toMap(SubjectResult::subject, r -> r));
        byGroup.forEach((group, members) -> {
            int n = members.size();
            assertThat(members).extracting(Ranked::rank).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
            List<Ranked> inOrder = members.stream().sorted(Comparator.comparingInt(Ranked::rank)).toList();
            for (int i = 1; i < n; i++) {
                SubjectResult before = bySubject.get(inOrder.get(i - 1).subject());
                SubjectResult after = bySubject.get(inOrder.get(i).subject());
                int byTotal = before.total().compareTo(after.total());
                assertThat(byTotal).isGreaterThanOrEqualTo(0);
                if (byTotal == 0) {
                    BigDecimal a = academic(before);
                    BigDecimal b = academic(after);
                    assertThat(a).isGreaterThanOrEqualTo(b);
                    if (a.compareTo(b) == 0) {
                        assertThat(before.subject()).isLessThan(after.subject());
                    }
                }
            }
            for (Ranked r : members) {
                long above = members.stream().filter(o -> bySubject.get(o.subject()).total().compareTo(bySubject.get(r.subject()).total()) > 0).count();
                assertThat(r.sharedRank()).isEqualTo((int) above + 1);
                assertThat(r.of()).isEqualTo(n);
            }
            assertThat(inOrder.get(0).percentile()).isEqualByComparingTo("100");
            if (n > 1) {
                assertThat(inOrder.get(n - 1).percentile()).isEqualByComparingTo("0");
            }
        });
    }

    private static BigDecimal academic(SubjectResult r) {
        return r.explanation().find("academic").map(Explanation::score).orElseThrow();
    }

    private static SubjectResult result(String subject, int total, int academic) {
        BigDecimal t = BigDecimal.valueOf(total * 10L, 2);
        BigDecimal a = BigDecimal.valueOf(academic);
        Explanation academicNode = new Explanation("academic", new Bilingual("智", "academic"), Optional.empty(), Optional.empty(),
                BigDecimal.ONE, a, a, a, a, List.of(), List.of());
        Explanation root = new Explanation("root", new Bilingual("总分", "total"), Optional.empty(), Optional.empty(),
                BigDecimal.ONE, t, t, t, t, List.of(academicNode), List.of());
        return new SubjectResult(subject, t, List.of(), List.of(), root);
    }
}
