package edu.yiban.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.scoring.ScoringArbitraries;
import edu.yiban.scoring.college.CollegePreset;
import edu.yiban.scoring.college.CollegeRules;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.StudentArbitraries;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.system.IndicatorSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The shipped schemas and the loaders agree. Valid documents — the bundled presets as they ship and as the
 * canonical mapper writes them, and documents made by the test generators — are mutated at random places (an
 * unknown field added, a field removed, a value of another JSON type, a word outside its list, a list or a text
 * made too long), and then:
 * <ul>
 *   <li>a document the schema refuses — checked the way a campus's CI would, with the validator and the schema
 *       file alone — is refused by the loader too ({@code RuleSet.fromJson} …), naming every place the schema
 *       named;</li>
 *   <li>a document the schema accepts is never refused by Jackson as malformed, nor with anything but an
 *       {@link InvalidInputException}: the schema describes the whole JSON form;</li>
 *   <li>every bundled preset, and every generated document, passes its schema.</li>
 * </ul>
 */
class SchemaProperties {
    private static final ObjectMapper JSON = YibanScoringModule.newMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The shipped schemas as a campus's CI would load them: the files, the validator, nothing of ours. */
    private static final Map<DocumentSchema, Schema> SCHEMAS = new EnumMap<>(DocumentSchema.class);

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (DocumentSchema schema : DocumentSchema.values()) {
            try (InputStream in = SchemaProperties.class.getResourceAsStream(schema.resource())) {
                SCHEMAS.put(schema, registry.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A document of a kind, as a JSON tree. */
    record Document(DocumentSchema kind, JsonNode tree) {
        Document copy() {
            return new Document(kind, tree.deepCopy());
        }

        @Override
        public String toString() {
            return kind + " " + tree;
        }
    }

    /** How a document is changed. */
    enum Mutation { ADD_UNKNOWN_FIELD, REMOVE_FIELD, CHANGE_TYPE, WORD_OUTSIDE_LIST, TOO_MANY_ITEMS, TOO_LONG_TEXT }

    // ---- the documents ----

    private static Object loader(DocumentSchema kind, byte[] json) {
        InputStream in = new ByteArrayInputStream(json);
        return switch (kind) {
            case RULE_SET -> RuleSet.fromJson(in);
            case INDICATOR_SYSTEM -> IndicatorSystem.fromJson(in);
            case GRADE_SCALE -> GradeScale.fromJson(in);
            case AWARD_POLICY -> AwardPolicy.fromJson(in);
            case COLLEGE_RULES -> CollegeRules.fromJson(in);
        };
    }

    /** The presets as they ship, file by file. */
    private static List<Document> shippedPresets() {
        return List.of(resource(DocumentSchema.RULE_SET, RuleSet.EXAMPLE_2022), resource(DocumentSchema.GRADE_SCALE, GradeScale.FOUR_POINT),
                resource(DocumentSchema.AWARD_POLICY, AwardPolicy.EXAMPLE), resource(DocumentSchema.INDICATOR_SYSTEM, StudentEvaluation.DEFAULT_SYSTEM),
                resource(DocumentSchema.INDICATOR_SYSTEM, CollegePreset.SYSTEM_RESOURCE), resource(DocumentSchema.COLLEGE_RULES, CollegeRules.SEED_RESOURCE));
    }

    /** The presets as read and written out again by the canonical mapper. */
    private static List<Document> writtenPresets() {
        return List.of(written(DocumentSchema.RULE_SET, RuleSet.example2022()), written(DocumentSchema.GRADE_SCALE, GradeScale.fourPoint()),
                written(DocumentSchema.AWARD_POLICY, AwardPolicy.example()), written(DocumentSchema.INDICATOR_SYSTEM, StudentEvaluation.defaultSystem()),
                written(DocumentSchema.COLLEGE_RULES, CollegeRules.seed()));
    }

    private static Document resource(DocumentSchema kind, String path) {
        try (InputStream in = SchemaProperties.class.getResourceAsStream(path)) {
            return new Document(kind, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document written(DocumentSchema kind, Object value) {
        return new Document(kind, JSON.valueToTree(value));
    }

    @Provide
    Arbitrary<Document> generated() {
        return Arbitraries.oneOf(
                StudentArbitraries.ruleSets().map(v -> written(DocumentSchema.RULE_SET, v)),
                StudentArbitraries.all().get(GradeScale.class).map(v -> written(DocumentSchema.GRADE_SCALE, v)),
                StudentArbitraries.all().get(AwardPolicy.class).map(v -> written(DocumentSchema.AWARD_POLICY, v)),
                ScoringArbitraries.all().get(IndicatorSystem.class).map(v -> written(DocumentSchema.INDICATOR_SYSTEM, v)),
                ScoringArbitraries.all().get(CollegeRules.class).map(v -> written(DocumentSchema.COLLEGE_RULES, v)));
    }

    @Provide
    Arbitrary<Document> documents() {
        List<Document> presets = new ArrayList<>(shippedPresets());
        presets.addAll(writtenPresets());
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(presets)), Tuple.of(1, generated()));
    }

    // ---- the properties ----

    @Example
    void everyBundledPresetPassesItsSchemaAsItShipsAndAsItIsWritten() {
        List<Document> all = new ArrayList<>(shippedPresets());
        all.addAll(writtenPresets());
        for (Document preset : all) {
            assertThat(SCHEMAS.get(preset.kind()).validate(preset.tree())).as("%s", preset).isEmpty();
        }
    }

    @Property(tries = 300)
    void everyGeneratedDocumentPassesItsSchema(@ForAll("generated") Document document) {
        assertThat(SCHEMAS.get(document.kind()).validate(document.tree())).as("%s", document).isEmpty();
    }

    @Property(tries = 1500)
    void aDocumentTheSchemaRefusesTheLoaderRefusesAndOneItAcceptsJacksonReads(@ForAll("documents") Document valid,
            @ForAll Mutation mutation, @ForAll @IntRange(min = 0, max = 1_000_000) int where) {
        Document document = valid.copy();
        boolean changed = mutate(document.tree(), mutation, where);
        List<Error> errors = SCHEMAS.get(document.kind()).validate(document.tree());
        byte[] bytes = document.tree().toString().getBytes(StandardCharsets.UTF_8);
        List<Violation> refused;
        try {
            loader(document.kind(), bytes);
            refused = List.of();
        } catch (InvalidInputException e) {
            refused = e.violations();
        }
        Statistics.label("mutation").collect(mutation, changed);
        Statistics.label("schema").collect(errors.isEmpty() ? "accepts" : "refuses");
        Statistics.label("schema").coverage(checker -> checker.check("refuses").percentage(p -> p > 40));

        if (!errors.isEmpty()) {
            assertThat(refused).as("refused by the schema: %s\n%s", errors, document).isNotEmpty();
            List<String> paths = refused.stream().map(Violation::path).toList();
            for (Error error : errors) {
                String at = Faults.path(error.getInstanceLocation());
                String named = error.getProperty() != null && !"enum".equals(error.getKeyword())
                        && ("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()))
                        ? (at.isEmpty() ? error.getProperty() : at + "." + error.getProperty()) : at;
                assertThat(paths).as("the loader's faults for %s", error).contains(named);
            }
            assertThat(refused).allSatisfy(v -> assertThat(v.code()).startsWith("schema."));
        } else {
            assertThat(refused).extracting(Violation::code).as("%s", document).doesNotContain("json.malformed")
                    .noneMatch(code -> code.startsWith("schema."));
        }
    }

    // ---- mutations ----

    /** One place of a tree: its parent (an object or array) and the name or index it is at; the root has no parent. */
    private record Place(JsonNode parent, String name, int index, JsonNode node) {
    }

    private static List<Place> places(JsonNode root) {
        List<Place> all = new ArrayList<>();
        all.add(new Place(null, null, -1, root));
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, List<Place> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                into.add(new Place(node, field.getKey(), -1, field.getValue()));
                collect(field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Place(node, null, i, node.get(i)));
                collect(node.get(i), into);
            }
        }
    }

    private static <T> T pick(List<T> from, int where) {
        return from.get(where % from.size());
    }

    /** Changes {@code root} in place as {@code mutation} says, at a place {@code where} picks; false if it found no place for it. */
    private static boolean mutate(JsonNode root, Mutation mutation, int where) {
        List<Place> all = places(root);
        return switch (mutation) {
            case ADD_UNKNOWN_FIELD -> {
                List<Place> objects = all.stream().filter(p -> p.node().isObject()).toList();
                ((ObjectNode) pick(objects, where).node()).put("bonus" + where % 7, 1);
                yield true;
            }
            case REMOVE_FIELD -> {
                List<Place> fields = all.stream().filter(p -> p.name() != null).toList();
                if (fields.isEmpty()) {
                    yield false;
                }
                Place field = pick(fields, where);
                ((ObjectNode) field.parent()).remove(field.name());
                yield true;
            }
            case CHANGE_TYPE -> {
                List<Place> values = all.stream().filter(p -> p.parent() != null).toList();
                Place value = pick(values, where);
                yield replace(value, otherType(value.node(), where));
            }
            case WORD_OUTSIDE_LIST -> {
                List<Place> words = all.stream().filter(p -> p.parent() != null && p.node().isTextual()).toList();
                if (words.isEmpty()) {
                    yield false;
                }
                yield replace(pick(words, where), NODES.textNode("NOT_IN_ANY_LIST"));
            }
            case TOO_MANY_ITEMS -> {
                List<Place> arrays = all.stream().filter(p -> p.node().isArray() && !p.node().isEmpty()).toList();
                if (arrays.isEmpty()) {
                    yield false;
                }
                ArrayNode array = (ArrayNode) pick(arrays, where).node();
                JsonNode first = array.get(0);
                while (array.size() <= 500) {
                    array.add(first.deepCopy());
                }
                yield true;
            }
            case TOO_LONG_TEXT -> {
                List<Place> words = all.stream().filter(p -> p.parent() != null && p.node().isTextual()).toList();
                if (words.isEmpty()) {
                    yield false;
                }
                yield replace(pick(words, where), NODES.textNode("x".repeat(1001)));
            }
        };
    }

    private static JsonNode otherType(JsonNode node, int where) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.textNode("text"), NODES.numberNode(where % 1000),
                NODES.numberNode(new BigDecimal("1.5")), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.nullNode()));
        others.removeIf(other -> other.getNodeType() == node.getNodeType());
        return pick(others, where / 7);
    }

    private static boolean replace(Place place, JsonNode with) {
        if (place.parent() instanceof ObjectNode object) {
            object.set(place.name(), with);
        } else {
            ((ArrayNode) place.parent()).set(place.index(), with);
        }
        return true;
    }
}
