package edu.yiban.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.org.budget.Budget;
import edu.yiban.org.chart.OrgCharts;
import edu.yiban.org.internal.OrgMessages;
import edu.yiban.org.internal.chart.ChartService;
import edu.yiban.org.internal.recruitment.RecruitmentService;
import edu.yiban.org.internal.tree.TreeService;
import edu.yiban.org.json.YibanOrgModule;
import edu.yiban.org.plan.ConstructionPlan;
import edu.yiban.org.recruitment.RecruitmentPreset;
import edu.yiban.org.recruitment.StationRecruitment;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.OrganisationTree;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A campus's YiBan organisation (易班组织机构) on top of its core: the organisation tree checked
 * against a charter, the work station's recruitment and rotation, the organisation chart, the
 * construction plan (建设规划) and the budget (易班专项经费), each by its {@link OrgPresets preset}.
 * Everything is kept on the core's ledger; opening over a store that holds records rebuilds the state
 * from them.
 *
 * <pre>{@code
 * YibanCore core = YibanCore.builder().build();
 * YibanOrganisation organisation = YibanOrganisation.builder(core).presets(OrgPresets.seed()).build();
 * organisation.tree().validate(LocalDate.of(2022, 9, 1));
 * organisation.recruitment().select(station, LocalDate.of(2022, 9, 1));
 * String dot = organisation.chart().at(LocalDate.of(2023, 3, 1)).toDot(Locale.SIMPLIFIED_CHINESE);
 * organisation.plan().phaseOn(LocalDate.of(2022, 8, 15));      // 推广实施
 * organisation.budget().allocate(request, AllocationPolicies.perStudent());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanOrganisation {
    /** The canonical mapper with the organisation's module, for the organisation's stream. */
    private static final ObjectMapper JSON = YibanOrgModule.newMapper();

    private final TreeService tree;
    private final CampusDirectory directory;
    private final StationRecruitment recruitment;
    private final OrgCharts charts;
    private final ConstructionPlan plan;
    private final Budget budget;
    private final OrgPresets presets;

    private YibanOrganisation(YibanCore core, OrgPresets presets) {
        this.presets = presets;
        this.tree = new TreeService(WritableLedger.of(core.ledger()), JSON, OrgMessages.validator(), core.directory(), core.spaces(), presets.charter(), core.access());
        this.directory = core.directory();
        this.recruitment = new RecruitmentService(tree, directory, presets.recruitment());
        this.charts = new ChartService(tree, directory);
        this.plan = ConstructionPlan.open(core, presets.plan());
        this.budget = Budget.open(core, presets.budget());
    }

    /** A builder of the organisation of {@code core}'s campus, with the seed's presets. */
    public static Builder builder(YibanCore core) {
        return new Builder(core);
    }

    /** The presets the organisation runs by. */
    public OrgPresets presets() {
        return presets;
    }

    /** The construction plan (建设规划): its phases and milestones. */
    public ConstructionPlan plan() {
        return plan;
    }

    /** The budget (易班专项经费) and its allocation to the colleges. */
    public Budget budget() {
        return budget;
    }

    /** The organisation tree. */
    public OrganisationTree tree() {
        return tree;
    }

    /** The work station's recruitment and rotation (工作站招新与换届), following the presets' recruitment preset. */
    public StationRecruitment recruitment() {
        return recruitment;
    }

    /** The work station's recruitment and rotation following {@code preset}. */
    public StationRecruitment recruitment(RecruitmentPreset preset) {
        return new RecruitmentService(tree, directory, Objects.requireNonNull(preset, "preset is null"));
    }

    /** The organisation chart (组织架构图) at any date. */
    public OrgCharts chart() {
        return charts;
    }

    /** Builds a {@link YibanOrganisation}; the presets default to the seed's. */
    public static final class Builder {
        private final YibanCore core;
        private OrgPresets presets = OrgPresets.seed();

        private Builder(YibanCore core) {
            this.core = Objects.requireNonNull(core, "core is null");
        }

        /** The presets the organisation runs by (default: the seed's). */
        public Builder presets(OrgPresets orgPresets) {
            this.presets = Objects.requireNonNull(orgPresets, "orgPresets is null");
            return this;
        }

        /** The charter the organisation is checked against, with the other presets as they are. */
        public Builder charter(Charter charter) {
            this.presets = presets.withCharter(Objects.requireNonNull(charter, "charter is null"));
            return this;
        }

        public YibanOrganisation build() {
            return new YibanOrganisation(core, presets);
        }
    }
}
