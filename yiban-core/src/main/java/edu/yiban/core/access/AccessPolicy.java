package edu.yiban.core.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.Role;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Who may do what (访问策略): grants read from a JSON file a campus changes without code, and rules a plugin adds in
 * code. The runtime puts every command to it before anything is written ({@link Access}).
 *
 * <p>A command is refused when a rule denies it; else allowed when a grant or a rule allows it; else refused. The
 * seed's roles are a preset, {@link #seed()} (docs/security.md lists it grant by grant).
 *
 * <pre>{@code
 * {
 *   "format": "yiban-access-policy/1",
 *   "grants": [
 *     { "name": "counsellors-record-for-their-classes", "roles": ["counsellor"], "relations": ["counsellor"],
 *       "actions": ["archive.record", "archive.correct"], "categories": ["activity", "post", "volunteer"] },
 *     { "name": "academic-affairs-grades", "sources": ["academic-affairs"], "actions": ["archive.*"],
 *       "categories": ["academic"] }
 *   ]
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AccessPolicy {
    /** The format a policy file names. */
    public static final String FORMAT = "yiban-access-policy/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "app", "anyPerson", "roles", "sources", "relations", "actions",
            "categories", "description");

    private final List<AccessGrant> grants;
    private final Map<String, AccessRule> rules;

    private AccessPolicy(List<AccessGrant> grants, Map<String, AccessRule> rules) {
        this.grants = List.copyOf(grants);
        this.rules = rules;
    }

    /** The policy of the seed's roles (the library's preset). */
    public static AccessPolicy seed() {
        try (InputStream in = AccessPolicy.class.getResourceAsStream("seed-policy.json")) {
            return read(Objects.requireNonNull(in, "seed-policy.json is on the class path"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A policy of these grants and no rules. */
    public static AccessPolicy of(List<AccessGrant> grants) {
        return new AccessPolicy(grants, Map.of());
    }

    /**
     * The policy in a JSON file (UTF-8).
     *
     * @throws InvalidInputException naming the grant and field that is wrong, e.g. {@code grants[3].actions[1]}
     */
    public static AccessPolicy read(InputStream json) {
        try {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The policy in a JSON text.
     *
     * @throws InvalidInputException naming the grant and field that is wrong, e.g. {@code grants[3].actions[1]}
     */
    public static AccessPolicy parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("policy", text("policy.not-json", e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of("policy", text("policy.not-object"));
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw InvalidInputException.of("format", text("policy.format", root.path("format").asText(), FORMAT));
        }
        JsonNode list = root.path("grants");
        if (!list.isArray()) {
            throw InvalidInputException.of("grants", text("policy.grants"));
        }
        List<AccessGrant> grants = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            AccessGrant grant = grant(list.get(i), "grants[" + i + "]");
            if (!names.add(grant.name())) {
                throw InvalidInputException.of("grants[" + i + "].name", text("policy.name-twice", grant.name()));
            }
            grants.add(grant);
        }
        return of(grants);
    }

    private static AccessGrant grant(JsonNode node, String at) {
        if (!node.isObject()) {
            throw InvalidInputException.of(at, text("policy.not-object"));
        }
        for (var fields = node.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!FIELDS.contains(field)) {
                throw InvalidInputException.of(at + "." + field, text("policy.field", field, String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        String name = node.path("name").asText("");
        if (name.isBlank()) {
            throw InvalidInputException.of(at + ".name", text("policy.required", "name"));
        }
        boolean app = flag(node, "app", at);
        boolean anyPerson = flag(node, "anyPerson", at);
        Set<Role> roles = codes(node, "roles", at, code -> Arrays.stream(Role.values())
                .filter(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(code)).findFirst());
        Set<SourceSystem> sources = codes(node, "sources", at, code -> vocabulary(code).map(SourceSystem::of));
        Set<Relation> relations = codes(node, "relations", at, Relation::ofCode);
        Set<Action> actions = EnumSet.noneOf(Action.class);
        JsonNode actionList = node.path("actions");
        if (!actionList.isArray() || actionList.isEmpty()) {
            throw InvalidInputException.of(at + ".actions", text("policy.required", "actions"));
        }
        for (int j = 0; j < actionList.size(); j++) {
            String code = actionList.get(j).asText("");
            List<Action> matched = Arrays.stream(Action.values())
                    .filter(a -> code.equals("*") || a.code().equals(code) || code.equals(a.family() + ".*")).toList();
            if (matched.isEmpty()) {
                throw InvalidInputException.of(at + ".actions[" + j + "]", text("policy.unknown", code,
                        String.join(", ", Arrays.stream(Action.values()).map(Action::code).toList())));
            }
            actions.addAll(matched);
        }
        Set<Category> categories = codes(node, "categories", at, code -> vocabulary(code).map(Category::of));
        if (!categories.isEmpty() && actions.stream().anyMatch(a -> !a.family().equals("archive"))) {
            throw InvalidInputException.of(at + ".categories", text("policy.categories"));
        }
        if (!app && !anyPerson && roles.isEmpty() && sources.isEmpty()) {
            throw InvalidInputException.of(at, text("policy.nobody", name));
        }
        return new AccessGrant(name, app, anyPerson, roles, sources, relations, actions, categories);
    }

    private static boolean flag(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw InvalidInputException.of(at + "." + field, text("policy.boolean", field));
        }
        return value.booleanValue();
    }

    private static <T> Set<T> codes(JsonNode node, String field, String at, Function<String, Optional<T>> lookup) {
        JsonNode list = node.get(field);
        if (list == null) {
            return Set.of();
        }
        if (!list.isArray()) {
            throw InvalidInputException.of(at + "." + field, text("policy.list", field));
        }
        Set<T> out = new HashSet<>();
        for (int j = 0; j < list.size(); j++) {
            String code = list.get(j).asText("");
            String where = at + "." + field + "[" + j + "]";
            out.add(lookup.apply(code).orElseThrow(() -> InvalidInputException.of(where, text("policy.unknown-code", field, code))));
        }
        return out;
    }

    private static Optional<String> vocabulary(String code) {
        return code.matches("[a-z][a-z0-9-]{0,31}") ? Optional.of(code) : Optional.empty();
    }

    /**
     * This policy and {@code rule}. A rule whose name the policy has already is not added again (registering twice
     * does nothing).
     */
    public AccessPolicy withRule(AccessRule rule) {
        Objects.requireNonNull(rule, "rule is null");
        if (rules.containsKey(rule.name())) {
            return this;
        }
        Map<String, AccessRule> more = new LinkedHashMap<>(rules);
        more.put(rule.name(), rule);
        return new AccessPolicy(grants, java.util.Collections.unmodifiableMap(more));
    }

    /** The grants, in the file's order. */
    public List<AccessGrant> grants() {
        return grants;
    }

    /** The rules added in code, in the order added. */
    public List<AccessRule> rules() {
        return List.copyOf(rules.values());
    }

    /** The policy's decision on {@code request}: a rule that denies, else the first grant or rule that allows, else none. */
    public Decision decide(AccessRequest request) {
        String allowedBy = null;
        for (AccessRule rule : rules.values()) {
            AccessRule.Verdict verdict = Objects.requireNonNull(rule.judge(request), "a rule's verdict is null");
            if (verdict == AccessRule.Verdict.DENY) {
                return new Decision(false, Optional.of(rule.name()));
            }
            if (verdict == AccessRule.Verdict.ALLOW && allowedBy == null) {
                allowedBy = rule.name();
            }
        }
        if (allowedBy != null) {
            return new Decision(true, Optional.of(allowedBy));
        }
        for (AccessGrant grant : grants) {
            if (grant.allows(request)) {
                return new Decision(true, Optional.of(grant.name()));
            }
        }
        return new Decision(false, Optional.empty());
    }

    /**
     * A decision of the policy.
     *
     * @param allowed whether the command may go on
     * @param by      the grant or rule that allowed it, or the rule that denied it; empty when no grant allowed it
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Decision(boolean allowed, Optional<String> by) {
        public Decision {
            Objects.requireNonNull(by, "by is null");
        }
    }

    private static Text text(String key, Object... args) {
        return CoreMessages.BUNDLE.text(key, args);
    }

    @Override
    public String toString() {
        return "AccessPolicy[" + grants.size() + " grants, rules " + rules.keySet() + "]";
    }
}
