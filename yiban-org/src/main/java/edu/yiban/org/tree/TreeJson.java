package edu.yiban.org.tree;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.org.internal.OrgJson;

/**
 * JSON of the tree's identifiers and vocabularies, each a string (also as a map key). {@code YibanOrgModule}
 * registers the same; a charter is read with {@link #MAPPER}, which needs no other organisation type.
 */
final class TreeJson {
    /** The canonical mapper with the core's types and the tree's. */
    static final ObjectMapper MAPPER = OrgJson.newMapper("yiban-org-tree", TreeJson::register);

    private TreeJson() {
    }

    /** Adds the tree's serializers and deserializers to {@code module}. */
    static void register(SimpleModule module) {
        YibanCoreModule.addString(module, OrgId.class, OrgId::value, OrgId::new);
        YibanCoreModule.addString(module, OrgKind.class, OrgKind::code, OrgKind::new);
        YibanCoreModule.addString(module, Position.class, Position::code, Position::new);
        YibanCoreModule.addString(module, Department.class, Department::code, Department::new);
        YibanCoreModule.addString(module, Office.class, Office::toString, Office::parse);
        YibanCoreModule.addString(module, AppointmentRef.class, AppointmentRef::toString, AppointmentRef::parse);
    }
}
