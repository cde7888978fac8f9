package edu.yiban.org.tree;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.Presets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A campus's charter (组织章程) of its YiBan organisation: which kinds of node it has, where they sit,
 * how many there are and who sits in them. Declared in JSON; {@link #seed()} is the default preset, the
 * rules of the 2022 Qiongtai Normal University plan. Another university loads its own with
 * {@link #fromJson(InputStream)} — different station bounds, no culture studios — and it is enforced
 * the same way, without code changes.
 *
 * <pre>{@code
 * Charter ours = Charter.fromJson(Files.newInputStream(Path.of("charter.json")));
 * List<CharterViolation> problems = organisation.tree().validate(LocalDate.now());
 * }</pre>
 *
 * @param id    the charter's code
 * @param name  its name in both languages
 * @param kinds the rules of each kind of node it allows
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Charter(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,63}") String id,
        @NotNull @Valid Bilingual name,
        @NotEmpty List<@Valid KindRule> kinds) {

    /** The resource of the seed's preset. */
    public static final String SEED_RESOURCE = "/edu/yiban/org/presets/charter-seed.json";

    public Charter {
        kinds = kinds == null ? null : List.copyOf(kinds);
    }

    /** The rules of {@code kind}, if the charter allows it. */
    public Optional<KindRule> kind(OrgKind kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
    }

    /** The seed's charter: the default preset. */
    public static Charter seed() {
        return YibanJson.resource(Charter.class.getResourceAsStream(SEED_RESOURCE), SEED_RESOURCE, Charter::fromJson);
    }

    /**
     * Reads and checks a charter; the stream is closed. A malformed one is refused with every problem named
     * by its JSON path, in Chinese and English: missing fields, bounds whose minimum exceeds their maximum,
     * a kind or rule id declared twice, a parent kind the charter does not declare.
     */
    public static Charter fromJson(InputStream json) {
        Charter charter = Presets.read(TreeJson.MAPPER, json, Charter.class);
        charter.checkConsistent();
        return charter;
    }

    private void checkConsistent() {
        Set<OrgKind> declared = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (int i = 0; i < kinds.size(); i++) {
            KindRule k = kinds.get(i);
            if (!declared.add(k.kind())) {
                throw OrgChecks.invalid("kinds[" + i + "].kind", "charter.kind.twice", k.kind().code());
            }
            for (int j = 0; j < k.slots().size(); j++) {
                if (!rules.add(k.slots().get(j).id())) {
                    throw OrgChecks.invalid("kinds[" + i + "].slots[" + j + "].id", "charter.rule.twice", k.slots().get(j).id());
                }
            }
        }
        for (int i = 0; i < kinds.size(); i++) {
            for (OrgKind parent : kinds.get(i).parents()) {
                if (!parent.equals(KindRule.ANY_PARENT) && !declared.contains(parent)) {
                    throw OrgChecks.invalid("kinds[" + i + "].parents", "charter.parent.unknown", kinds.get(i).kind().code(), parent.code());
                }
            }
        }
    }

}
