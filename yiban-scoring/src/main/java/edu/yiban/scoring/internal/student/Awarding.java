package edu.yiban.scoring.internal.student;

import edu.yiban.core.InvalidInputException;
import edu.yiban.core.Violation;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Awards with quotas, and bands, from a period's results (see {@link AwardPolicy}). */
public final class Awarding {
    private Awarding() {
    }

    public static AwardOutcome award(StudentResults results, AwardPolicy policy) {
        gates(results, policy);
        Map<String, StudentResult> byStudent = new HashMap<>();
        Map<StudentNo, List<String>> received = new LinkedHashMap<>();
        for (StudentResult r : results.results()) {
            byStudent.put(r.student().value(), r);
            received.put(r.student(), new ArrayList<>());
        }
        List<AwardOutcome.Quota> quotas = new ArrayList<>();
        for (AwardPolicy.Award award : policy.awards()) {
            Map<String, List<Ranked>> groups = new LinkedHashMap<>();
            for (Ranked ranked : results.ranks(award.scope())) {
                groups.computeIfAbsent(ranked.group(), g -> new ArrayList<>()).add(ranked);
            }
            groups.forEach((group, ranked) -> {
                int size = ranked.size();
                BigDecimal exact = award.share().multiply(BigDecimal.valueOf(size));
                int quota = Math.min(size, Math.max(award.minimum(), award.rounding().round(exact)));
                List<StudentNo> recipients = new ArrayList<>();
                for (Ranked place : ranked) {
                    if (recipients.size() == quota) {
                        break;
                    }
                    StudentResult r = byStudent.get(place.subject());
                    if (eligible(r, award) && !(policy.oneAwardEach() && !received.get(r.student()).isEmpty())) {
                        recipients.add(r.student());
                        received.get(r.student()).add(award.code());
                    }
                }
                quotas.add(new AwardOutcome.Quota(award.code(), award.scope(), group, size, exact, quota, recipients));
            });
        }
        Map<String, BigDecimal> percentiles = new HashMap<>();
        AwardPolicy.Bands bands = policy.bands();
        if (bands.basis() == AwardPolicy.Basis.PERCENTILE) {
            for (Ranked ranked : results.ranks(bands.scope().orElseThrow())) {
                percentiles.put(ranked.subject(), ranked.percentile());
            }
        }
        List<AwardOutcome.Standing> standings = new ArrayList<>(results.results().size());
        for (StudentResult r : results.results()) {
            BigDecimal value = bands.basis() == AwardPolicy.Basis.TOTAL ? r.total() : percentiles.get(r.student().value());
            AwardPolicy.Level level = bands.otherwise();
            for (AwardPolicy.Level candidate : bands.levels()) {
                if (value.compareTo(candidate.from().orElseThrow()) >= 0 && (!candidate.eligibleOnly() || r.result().eligible())) {
                    level = candidate;
                    break;
                }
            }
            standings.add(new AwardOutcome.Standing(r.student(), level.code(), received.get(r.student())));
        }
        return new AwardOutcome(policy.id(), results.period(), quotas, standings);
    }

    /** Whether {@code r} may receive {@code award}: not vetoed, through its gates, and at its least total. */
    private static boolean eligible(StudentResult r, AwardPolicy.Award award) {
        if (r.result().vetoed()) {
            return false;
        }
        List<String> failed = r.result().failedGates();
        boolean gates = award.gates().isEmpty() ? failed.isEmpty() : award.gates().stream().noneMatch(failed::contains);
        return gates && award.minimumTotal().map(least -> r.total().compareTo(least) >= 0).orElse(true);
    }

    /** Refuses a policy naming a gate the results' system does not have. */
    private static void gates(StudentResults results, AwardPolicy policy) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < policy.awards().size(); i++) {
            List<String> gates = policy.awards().get(i).gates();
            for (int j = 0; j < gates.size(); j++) {
                if (!results.gates().contains(gates.get(j))) {
                    found.add(RuleChecks.violation("awards[" + i + "].gates[" + j + "]", "student.award.gate", policy.awards().get(i).code(),
                            gates.get(j)));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
