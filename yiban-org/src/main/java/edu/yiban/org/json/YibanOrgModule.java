package edu.yiban.org.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.budget.BudgetCategoryId;
import edu.yiban.org.budget.Money;
import edu.yiban.org.internal.OrgJson;
import edu.yiban.org.plan.MilestoneId;
import edu.yiban.org.plan.PhaseId;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.Department;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.Position;
import org.apiguardian.api.API;

/**
 * The Jackson module of the organisation types; registering it twice on one mapper is a no-op.
 * {@link #newMapper()} gives the canonical mapper of {@link YibanJson} with it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanOrgModule extends SimpleModule {
    /** The module's name. */
    public static final String NAME = "yiban-org";

    public YibanOrgModule() {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "edu.yiban", "yiban-org"));
        // the tree's, as its package writes them (TreeJson)
        YibanCoreModule.addString(this, OrgId.class, OrgId::value, OrgId::new);
        YibanCoreModule.addString(this, OrgKind.class, OrgKind::code, OrgKind::new);
        YibanCoreModule.addString(this, Position.class, Position::code, Position::new);
        YibanCoreModule.addString(this, Department.class, Department::code, Department::new);
        YibanCoreModule.addString(this, Office.class, Office::toString, Office::parse);
        YibanCoreModule.addString(this, AppointmentRef.class, AppointmentRef::toString, AppointmentRef::parse);
        // the plan's and the budget's, as their packages write them (PlanJson, BudgetJson)
        YibanCoreModule.addString(this, PhaseId.class, PhaseId::value, PhaseId::new);
        YibanCoreModule.addString(this, MilestoneId.class, MilestoneId::value, MilestoneId::new);
        YibanCoreModule.addString(this, BudgetCategoryId.class, BudgetCategoryId::value, BudgetCategoryId::new);
        OrgJson.addDecimal(this, Money.class, Money::amount, Money::of, Money::of);
    }

    /** A canonical mapper with the core and organisation modules. */
    public static ObjectMapper newMapper() {
        return YibanJson.newMapper().registerModule(new YibanOrgModule());
    }
}
