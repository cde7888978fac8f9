package edu.yiban.scoring.round;

import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What an evaluation gives a round: every subject's result with its explanation, the ranks, and the
 * grade bands where the evaluation assigns them. Held in a canonical order — results by subject, ranks
 * by group, rank and subject, bands by subject — so that the same results always have the same
 * {@link #sha256()}, whatever order the evaluation listed them in.
 *
 * @param results every subject's result
 * @param ranks   the subjects' places in their groups
 * @param bands   the grade band of each subject that has one, by subject
 * @param rules   the rules the evaluation used, where it says: for the students' evaluation the rule set's code and
 *                version (and the indicator system's, where one scored), e.g. {@code example-rules 2022-2023.1}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RoundResults(List<SubjectResult> results, List<Ranked> ranks, SortedMap<String, Band> bands, Optional<String> rules) {
    private static final Comparator<Ranked> RANK_ORDER = Comparator.comparing(Ranked::group)
            .thenComparingInt(Ranked::rank).thenComparing(Ranked::subject);

    public RoundResults {
        Objects.requireNonNull(results, "results is null");
        Objects.requireNonNull(ranks, "ranks is null");
        List<SubjectResult> sortedResults = new ArrayList<>(results);
        sortedResults.sort(Comparator.comparing(SubjectResult::subject));
        results = List.copyOf(sortedResults);
        List<Ranked> sortedRanks = new ArrayList<>(ranks);
        sortedRanks.sort(RANK_ORDER);
        ranks = List.copyOf(sortedRanks);
        bands = bands == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(bands));
        rules = rules == null ? Optional.empty() : rules;
    }

    /** Results, ranks and bands, without naming the rules. */
    public RoundResults(List<SubjectResult> results, List<Ranked> ranks, SortedMap<String, Band> bands) {
        this(results, ranks, bands, Optional.empty());
    }

    /** Results and ranks without bands. */
    public static RoundResults of(List<SubjectResult> results, List<Ranked> ranks) {
        return new RoundResults(results, ranks, Collections.emptySortedMap());
    }

    /** The result of {@code subject}, if it has one. */
    public Optional<SubjectResult> result(String subject) {
        return results.stream().filter(r -> r.subject().equals(subject)).findFirst();
    }

    /** The places of {@code subject}, by group. */
    public List<Ranked> ranksOf(String subject) {
        return ranks.stream().filter(r -> r.subject().equals(subject)).toList();
    }

    /** The band of {@code subject}, if it has one. */
    public Optional<Band> band(String subject) {
        return Optional.ofNullable(bands.get(subject));
    }

    /**
     * The SHA-256 of the results' canonical JSON (the library's canonical mapper: properties and keys in
     * name order, no white space), as 64 lower-case hex digits. Anyone holding the results can check it.
     */
    public String sha256() {
        return RoundJson.sha256(this);
    }
}
