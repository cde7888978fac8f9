package edu.yiban.scoring.college;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.college.DemonstrationDecision.Outcome;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.SubjectResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the demonstration centres (示范中心): the qualified colleges (no veto, every gate passed, total at
 * least the threshold) in rank order, the first {@code max} of them, except that colleges fully tied at the
 * cut — equal total and equal exact scores of every priority node, with the tie straddling place
 * {@code max} — are all left out.
 */
final class Centres {
    private Centres() {
    }

    /** {@code ordered}: the results in rank order (total, then {@code tieBreak}, then code). */
    static DemonstrationSelection select(List<SubjectResult> ordered, CollegeRules rules, Comparator<SubjectResult> tieBreak) {
        DemonstrationRule rule = rules.demonstration();
        List<SubjectResult> qualified = ordered.stream()
                .filter(r -> r.eligible() && r.total().compareTo(rule.threshold()) >= 0).toList();
        int max = rule.max();
        Set<String> chosen = new HashSet<>();
        Set<String> tied = new HashSet<>();
        List<String> tiedInOrder = new ArrayList<>();
        for (int i = 0; i < Math.min(max, qualified.size()); i++) {
            chosen.add(qualified.get(i).subject());
        }
        if (max >= 1 && qualified.size() > max && fullyTied(qualified.get(max - 1), qualified.get(max), tieBreak)) {
            SubjectResult atCut = qualified.get(max - 1);
            for (SubjectResult r : qualified) {
                if (fullyTied(r, atCut, tieBreak)) {
                    tied.add(r.subject());
                    tiedInOrder.add(r.subject());
                    chosen.remove(r.subject());
                }
            }
        }
        String priority = rules.priority().isEmpty() ? "—" : String.join(", ", rules.priority());
        List<DemonstrationDecision> decisions = new ArrayList<>(ordered.size());
        for (SubjectResult r : ordered) {
            String total = r.total().toPlainString();
            String threshold = rule.threshold().toPlainString();
            Outcome outcome;
            Bilingual reason;
            if (r.vetoed()) {
                outcome = Outcome.VETOED;
                reason = ScoringMessages.bilingual("college.demo.vetoed", String.join(", ", r.vetoes()));
            } else if (!r.failedGates().isEmpty()) {
                outcome = Outcome.INELIGIBLE;
                reason = ScoringMessages.bilingual("college.demo.ineligible", String.join(", ", r.failedGates()));
            } else if (r.total().compareTo(rule.threshold()) < 0) {
                outcome = Outcome.BELOW_THRESHOLD;
                reason = ScoringMessages.bilingual("college.demo.below", total, threshold);
            } else if (chosen.contains(r.subject())) {
                int place = qualified.indexOf(r) + 1;
                outcome = Outcome.CHOSEN;
                reason = ScoringMessages.bilingual("college.demo.chosen", place, qualified.size(), total, threshold, max);
            } else if (tied.contains(r.subject())) {
                List<String> others = tiedInOrder.stream().filter(s -> !s.equals(r.subject())).toList();
                outcome = Outcome.TIED_AT_CUT;
                int wouldBe = qualified.indexOf(firstTied(qualified, tied)) + tied.size();
                reason = ScoringMessages.bilingual("college.demo.tied", max, String.join(", ", others), total, priority, tied.size(), wouldBe);
            } else {
                int ahead = qualified.indexOf(r);
                outcome = Outcome.OUTRANKED;
                reason = ScoringMessages.bilingual("college.demo.outranked", total, ahead, max);
            }
            decisions.add(new DemonstrationDecision(r.subject(), outcome, r.total(), reason));
        }
        int count = chosen.size();
        Optional<Bilingual> shortfall = count >= rule.min() ? Optional.empty()
                : Optional.of(ScoringMessages.bilingual("college.demo.short", count, rule.min(), qualified.size(),
                        rule.threshold().toPlainString(), tied.size()));
        return new DemonstrationSelection(rule, decisions, shortfall);
    }

    private static SubjectResult firstTied(List<SubjectResult> qualified, Set<String> tied) {
        return qualified.stream().filter(r -> tied.contains(r.subject())).findFirst().orElseThrow();
    }

    private static boolean fullyTied(SubjectResult a, SubjectResult b, Comparator<SubjectResult> tieBreak) {
        return a.total().compareTo(b.total()) == 0 && tieBreak.compare(a, b) == 0;
    }
}
