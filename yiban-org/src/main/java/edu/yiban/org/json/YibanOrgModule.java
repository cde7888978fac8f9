package edu.yiban.org.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.Department;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.Position;
import edu.yiban.org.internal.budget.BudgetJson;
import edu.yiban.org.internal.plan.PlanJson;
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
        YibanCoreModule.addString(this, OrgId.class, OrgId::value, OrgId::new);
        YibanCoreModule.addString(this, OrgKind.class, OrgKind::code, OrgKind::new);
        YibanCoreModule.addString(this, Position.class, Position::code, Position::new);
        YibanCoreModule.addString(this, Department.class, Department::code, Department::new);
        YibanCoreModule.addString(this, Office.class, Office::toString, Office::parse);
        YibanCoreModule.addString(this, AppointmentRef.class, AppointmentRef::toString, AppointmentRef::parse);
        PlanJson.register(this);
        BudgetJson.register(this);
    }

    /** A canonical mapper with the core and organisation modules. */
    public static ObjectMapper newMapper() {
        return YibanJson.newMapper().registerModule(new YibanOrgModule());
    }
}
