package edu.yiban.scoring.college;

import edu.yiban.core.YibanCore;
import edu.yiban.core.validation.Checks;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.result.SubjectResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link CollegeEvaluation} by a checked preset. */
final class PresetEvaluation implements CollegeEvaluation {
    /** The group every college is ranked in. */
    public static final String GROUP = "colleges";

    private final CollegePreset preset;
    private final Comparator<SubjectResult> tieBreak;

    public PresetEvaluation(CollegePreset preset) {
        this.preset = preset;
        Comparator<SubjectResult> order = Ranking.noTieBreak();
        for (String node : preset.rules().priority()) {
            order = order.thenComparing(Ranking.byNode(node));
        }
        this.tieBreak = order;
    }

    @Override
    public CollegePreset preset() {
        return preset;
    }

    @Override
    public CollegeMeasures measure(YibanCore core, YibanOrganisation organisation, LocalDate from, LocalDate to, List<ImportedMetric> imports) {
        return CollegeMeter.measure(preset, core, organisation, from, to, imports);
    }

    @Override
    public CollegeReport evaluate(CollegeMeasures measures) {
        Checks.required(measures, "measures", ScoringMessages.label("measures"));
        List<SubjectResult> results = preset.system().evaluate(measures.raw());
        Map<String, SubjectResult> bySubject = new HashMap<>();
        results.forEach(r -> bySubject.put(r.subject(), r));
        List<Ranked> ranks = Ranking.rank(results, r -> GROUP, tieBreak);
        List<SubjectResult> ordered = ranks.stream().map(r -> resultOf(bySubject, r)).toList();
        DemonstrationSelection centres = Centres.select(ordered, preset.rules(), tieBreak);
        Set<String> chosen = new HashSet<>(centres.chosen());
        List<CollegeResult> out = new ArrayList<>(ranks.size());
        for (Ranked rank : ranks) {
            SubjectResult result = resultOf(bySubject, rank);
            out.add(new CollegeResult(rank.subject(), result, rank, preset.rules().tierOf(result.total()), chosen.contains(rank.subject())));
        }
        return new CollegeReport(measures.from(), measures.to(), preset.system().id(), preset.system().version(), preset.rules().id(),
                out, centres);
    }

    /** The result ranked as {@code rank}: the ranks are made from the results, so every subject has one. */
    private static SubjectResult resultOf(Map<String, SubjectResult> bySubject, Ranked rank) {
        return Objects.requireNonNull(bySubject.get(rank.subject()), "no result for a ranked subject");
    }
}
