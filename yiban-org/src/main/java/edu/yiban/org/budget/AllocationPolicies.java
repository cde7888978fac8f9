package edu.yiban.org.budget;

import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The allocation policies the library ships (内置划拨标准). With {@code A} the amount allocated, {@code n}
 * the colleges, {@code s_i} a college's students, {@code S = Σ s_i}, {@code e_i} its evaluation score:
 * <table>
 *   <caption>built-in policies</caption>
 *   <tr><th>id</th><th>name</th><th>weight {@code w_i}</th><th>exact share</th></tr>
 *   <tr><td>{@code equal-share}</td><td>平均分配 equal shares</td><td>1</td><td>{@code A/n}</td></tr>
 *   <tr><td>{@code per-student}</td><td>按学生人数 per student</td><td>{@code s_i}</td><td>{@code A·s_i/S}</td></tr>
 *   <tr><td>{@code by-score}</td><td>按建设评价得分 by evaluation score</td><td>{@code e_i}</td><td>{@code A·e_i/Σe}</td></tr>
 *   <tr><td>{@code base-plus-per-capita}</td><td>基数加人头 equal base plus per capita</td>
 *       <td>{@code f·S + (1−f)·n·s_i}</td><td>{@code A·(f/n + (1−f)·s_i/S)}</td></tr>
 * </table>
 * Shares are then made exact to the fen by {@link Apportionment}.
 *
 * <pre>{@code
 * AllocationPolicy policy = AllocationPolicies.basePlusPerCapita(new BigDecimal("0.3")); // 30% equal, 70% per student
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AllocationPolicies {
    private AllocationPolicies() {
    }

    /** 平均分配: every college gets the same. */
    public static AllocationPolicy equalShare() {
        return new BuiltInPolicies.EqualShare();
    }

    /** 按学生人数: in proportion to each college's studying students. */
    public static AllocationPolicy perStudent() {
        return new BuiltInPolicies.PerStudent();
    }

    /** 按建设评价得分: in proportion to each college's evaluation score; every college needs one. */
    public static AllocationPolicy byScore() {
        return new BuiltInPolicies.ByScore();
    }

    /**
     * 基数加人头: the fraction {@code baseFraction} (0 to 1) of the amount shared equally, the rest per student.
     * {@code 0} is per student, {@code 1} is equal shares.
     */
    public static AllocationPolicy basePlusPerCapita(BigDecimal baseFraction) {
        return new BuiltInPolicies.BasePlusPerCapita(baseFraction);
    }

    /** The ids of the built-in policies. */
    public static List<String> builtInIds() {
        return List.of(BuiltInPolicies.EQUAL_SHARE, BuiltInPolicies.PER_STUDENT, BuiltInPolicies.BY_SCORE,
                BuiltInPolicies.BASE_PLUS_PER_CAPITA);
    }

    /**
     * The built-in policy {@code id} configured with {@code parameters} (as an allocation's
     * {@link PolicyDescription} keeps them), or empty for an id that is not built in.
     */
    public static Optional<AllocationPolicy> builtIn(String id, Map<String, String> parameters) {
        OrgChecks.required(parameters, "parameters");
        return Optional.ofNullable(switch (String.valueOf(id)) {
            case BuiltInPolicies.EQUAL_SHARE -> equalShare();
            case BuiltInPolicies.PER_STUDENT -> perStudent();
            case BuiltInPolicies.BY_SCORE -> byScore();
            case BuiltInPolicies.BASE_PLUS_PER_CAPITA -> basePlusPerCapita(fraction(parameters.get(BuiltInPolicies.BASE_FRACTION)));
            default -> null;
        });
    }

    private static BigDecimal fraction(@Nullable String text) {
        String given = OrgChecks.required(text, BuiltInPolicies.BASE_FRACTION);
        try {
            return new BigDecimal(given.trim());
        } catch (NumberFormatException e) {
            throw OrgChecks.invalid(BuiltInPolicies.BASE_FRACTION, "budget.policy.fraction", given);
        }
    }
}
