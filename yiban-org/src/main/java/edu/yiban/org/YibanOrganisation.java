package edu.yiban.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.YibanCore;
import edu.yiban.org.charter.Charter;
import edu.yiban.org.internal.OrgMessages;
import edu.yiban.org.internal.tree.TreeService;
import edu.yiban.org.json.YibanOrgModule;
import edu.yiban.org.tree.OrganisationTree;
import java.util.Objects;

/**
 * A campus's YiBan organisation (易班组织机构) on top of its core: the organisation tree checked
 * against a charter. Everything is kept on the core's ledger; opening over a store that holds records
 * rebuilds the state from them.
 *
 * <pre>{@code
 * YibanCore core = YibanCore.builder().build();
 * YibanOrganisation organisation = YibanOrganisation.open(core, Charter.seed());
 * organisation.tree().validate(LocalDate.of(2022, 9, 1));
 * }</pre>
 */
public final class YibanOrganisation {
    private final TreeService tree;

    private YibanOrganisation(YibanCore core, Charter charter) {
        ObjectMapper json = YibanOrgModule.newMapper();
        this.tree = new TreeService(core.ledger(), json, OrgMessages.validator(), core.directory(), core.spaces(), charter);
    }

    /** The organisation of {@code core}'s campus, checked against {@code charter}. */
    public static YibanOrganisation open(YibanCore core, Charter charter) {
        return new YibanOrganisation(Objects.requireNonNull(core, "core is null"), Objects.requireNonNull(charter, "charter is null"));
    }

    /** The organisation tree. */
    public OrganisationTree tree() {
        return tree;
    }
}
