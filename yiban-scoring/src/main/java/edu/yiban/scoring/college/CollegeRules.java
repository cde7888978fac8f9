package edu.yiban.scoring.college;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.scoring.internal.DocumentSchema;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The rules of the colleges' evaluation beside its indicator system (评价规则): how the measures are taken,
 * the tie-break order, the tiers and the demonstration centres. Declared in JSON; {@link #seed()} reads the
 * default preset {@code presets/college-rules.json}:
 *
 * <pre>{@code
 * {"id": "qiongtai-2022-colleges", "name": {"zh": "…（默认预设）", "en": "… (default preset)"},
 *  "activeWeeksShare": 0.5, "subStationKind": "sub-station",
 *  "priority": ["coverage", "class-activity", "promotion", "team", "stickiness"],
 *  "tiers": [{"code": "excellent", "name": {"zh": "优秀", "en": "excellent"}, "from": 85}, …],
 *  "demonstration": {"min": 1, "max": 2, "threshold": 85}}
 * }</pre>
 *
 * @param id               the rules' code
 * @param name             their name in both languages
 * @param activeWeeksShare the share of the period's weeks a member is active in to count as sticky for
 *                         {@code sticky-share}, above 0 and at most 1 (the default: half)
 * @param subStationKind   the kind of organisation node that is a college's student work sub-station
 *                         (学生工作分站), for {@code sub-station-per-100}
 * @param priority         node codes of the system whose exact scores break ties on the total, first first:
 *                         for ranks and for the demonstration centres' cut
 * @param tiers            the tiers, at least one
 * @param demonstration    how demonstration centres are chosen
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegeRules(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        @NotNull BigDecimal activeWeeksShare,
        @NotNull OrgKind subStationKind,
        List<@NotNull String> priority,
        @NotEmpty List<@Valid @NotNull Tier> tiers,
        @NotNull @Valid DemonstrationRule demonstration) {

    /** The resource of the default preset. */
    public static final String SEED_RESOURCE = "/edu/yiban/scoring/presets/college-rules.json";

    public CollegeRules {
        ScoringMessages.code(id, "id");
        priority = priority == null ? List.of() : List.copyOf(priority);
        tiers = tiers == null ? null : List.copyOf(tiers);
        List<Violation> found = new ArrayList<>();
        if (activeWeeksShare != null && (activeWeeksShare.signum() <= 0 || activeWeeksShare.compareTo(BigDecimal.ONE) > 0)) {
            found.add(Violation.of("activeWeeksShare", ScoringMessages.BUNDLE.text("college.rules.share", activeWeeksShare.toPlainString())));
        }
        if (tiers != null) {
            Set<String> codes = new HashSet<>();
            Set<BigDecimal> froms = new HashSet<>();
            for (int i = 0; i < tiers.size(); i++) {
                Tier tier = tiers.get(i);
                if (tier != null && !codes.add(tier.code())) {
                    found.add(Violation.of("tiers[" + i + "].code", ScoringMessages.BUNDLE.text("college.rules.tier.twice", tier.code())));
                }
                if (tier != null && tier.from() != null && !froms.add(tier.from().stripTrailingZeros())) {
                    found.add(Violation.of("tiers[" + i + "].from", ScoringMessages.BUNDLE.text("college.rules.tier.from", tier.from().toPlainString())));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** The default preset: the seed's 1–2 demonstration centres, tiers 优秀 85, 良好 75, 合格 60, 待改进 below. */
    public static CollegeRules seed() {
        return YibanJson.resource(CollegeRules.class.getResourceAsStream(SEED_RESOURCE), SEED_RESOURCE, CollegeRules::fromJson);
    }

    /**
     * Reads and checks rules. Bad ones are refused with every problem named by its JSON path, in Chinese
     * and English: a missing field, a share of weeks outside (0, 1], a tier code or start given twice, a
     * demonstration minimum above its maximum.
     */
    public static CollegeRules fromJson(InputStream json) {
        return ScoringMessages.validator().check(ScoringJson.read(json, CollegeRules.class, DocumentSchema.COLLEGE_RULES));
    }

    /** The tier a total falls in: the one with the highest {@code from} it reaches, else the lowest. */
    public Tier tierOf(BigDecimal total) {
        Tier best = null;
        Tier lowest = null;
        for (Tier tier : tiers) {
            if (total.compareTo(tier.from()) >= 0 && (best == null || tier.from().compareTo(best.from()) > 0)) {
                best = tier;
            }
            if (lowest == null || tier.from().compareTo(lowest.from()) < 0) {
                lowest = tier;
            }
        }
        return best != null ? best : Objects.requireNonNull(lowest, "tiers is empty");
    }
}
