package edu.yiban.org.budget;

import edu.yiban.core.json.YibanJson;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.Presets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A university's YiBan special budget (易班专项经费) as a preset: the yearly total a year's plan starts
 * from and the categories money is assigned to. The seed's preset ({@link #seed()}) is about 400,000
 * yuan a year (每年 40 万元左右) over the nine categories the seed names (硬件设备购置, 软件开发, 技术服务,
 * 工作队伍教育培训, 宣传品材料与制作, 广告与宣传渠道建设, 线下活动开展, 易班项目设立, 评奖评优). The seed gives no
 * amount per category, so the preset gives none either: each year's {@link YearBudget} assigns them.
 * Another university loads its own with {@link #fromJson(InputStream)}.
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {"yearlyTotal": 400000.00,
 *  "categories": [{"id": "hardware", "name": "硬件设备购置", "nameEn": "Hardware purchase"}, …]}
 * }</pre>
 *
 * <pre>{@code
 * BudgetPreset preset = BudgetPreset.seed();
 * preset.yearlyTotal();                                   // 400000.00
 * preset.category(BudgetCategoryId.of("awards"));          // 评奖评优 / Awards and commendations
 * }</pre>
 *
 * @param yearlyTotal the total of a year's budget unless the year says otherwise, not negative
 * @param categories  the categories, at least one, codes unique, in the order people read them
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BudgetPreset(Money yearlyTotal, @Size(max = 64) List<@Valid BudgetCategory> categories) {
    /** Where {@link #seed()} reads the seed's budget. */
    public static final String SEED_RESOURCE = "/edu/yiban/org/presets/budget-seed.json";

    public BudgetPreset {
        OrgChecks.required(yearlyTotal, "yearlyTotal");
        if (yearlyTotal.isNegative()) {
            throw OrgChecks.invalid("yearlyTotal", "budget.preset.negative", yearlyTotal);
        }
        categories = OrgChecks.list(categories, "categories");
        if (categories.isEmpty()) {
            throw OrgChecks.invalid("categories", "budget.categories.empty");
        }
        Set<BudgetCategoryId> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            if (!seen.add(categories.get(i).id())) {
                throw OrgChecks.invalid("categories[" + i + "].id", "budget.category.duplicate", categories.get(i).id());
            }
        }
    }

    /** The seed's budget: 400,000.00 yuan a year over the seed's nine categories. */
    public static BudgetPreset seed() {
        return YibanJson.resource(BudgetPreset.class.getResourceAsStream(SEED_RESOURCE), SEED_RESOURCE, BudgetPreset::fromJson);
    }

    /**
     * Reads a budget preset from JSON (format above) and checks it. Malformed JSON, a missing or unknown
     * field, an amount with more than two decimals or a rule broken is an
     * {@link edu.yiban.core.error.InvalidInputException} naming the JSON path, in Chinese and English.
     */
    public static BudgetPreset fromJson(InputStream json) {
        return Presets.read(BudgetJson.MAPPER, json, BudgetPreset.class);
    }

    /** The category {@code id}, if the preset has it. */
    public Optional<BudgetCategory> category(BudgetCategoryId id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
