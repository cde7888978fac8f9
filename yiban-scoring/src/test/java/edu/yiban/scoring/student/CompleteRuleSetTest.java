package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.T2023_1;
import static edu.yiban.scoring.student.StudentCampus.T2023_2;
import static edu.yiban.scoring.student.StudentCampus.Y2023;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.Category;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.RawValues;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/rules/complete-2023.json, the rule set that uses every field the rule-set schema knows, cannot rot: it loads
 * (schema and rules checked), it uses every field of every object the schema describes and all six methods — so a
 * field added to the schema fails here until the example shows it — and it evaluates a year on the test campus.
 */
class CompleteRuleSetTest {
    private static final Path FILE = Path.of("..", "docs", "rules", "complete-2023.json");
    private static final String SCHEMA = "/edu/yiban/scoring/schema/rule-set.schema.json";

    private StudentCampus campus;

    @BeforeEach
    void open() {
        campus = new StudentCampus();
    }

    @AfterEach
    void close() {
        campus.close();
    }

    @Test
    void theCompleteRuleSetLoads() throws IOException {
        RuleSet rules = load();

        assertThat(rules.id()).isEqualTo("complete-example");
        assertThat(rules.rules()).hasSize(10);
        assertThat(rules.limits()).hasSize(2);
    }

    @Test
    void itUsesEveryFieldTheSchemaKnowsAndEveryMethod() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema;
        try (InputStream in = RuleSet.class.getResourceAsStream(SCHEMA)) {
            schema = json.readTree(in);
        }
        JsonNode document = json.readTree(FILE.toFile());

        SortedSet<String> known = new TreeSet<>();
        for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
            def.getValue().path("properties").fieldNames().forEachRemaining(field -> known.add(def.getKey() + "." + field));
        }
        SortedSet<String> used = new TreeSet<>();
        SortedSet<String> methods = new TreeSet<>();
        visit(document, schema, "RuleSet", schema, used, methods);

        assertThat(used).as("fields the complete rule set uses").containsAll(known);
        assertThat(methods).containsExactlyInAnyOrder("table", "recorded", "attribute", "formula", "sum-bands", "trimmed-mean");
    }

    @Test
    void itEvaluatesAYearFromItsTerms() throws IOException {
        StudentNo li = campus.enrol("2022010101", "李明", EDU2201);
        campus.record(li, campus.grade(T2023_1, "高等数学", "4", "90"));
        campus.record(li, campus.grade(T2023_2, "线性代数", "3", "80"));
        campus.record(li, campus.entry(T2023_1, Category.of("exercise"), "hours", "25"));
        campus.record(li, campus.entry(T2023_1, Category.of("psychology"), "score", "90"));
        StudentEvaluation evaluation = StudentEvaluation.builder(campus.core).rules(RuleSets.of(load()))
                .measures(new VolunteerHours()).build();

        StudentResult result = evaluation.evaluate(Y2023).result(li).orElseThrow();

        assertThat(result.total()).isPositive();
        assertThat(result.scores()).containsKeys("total", "moral", "intellectual", "health", "psychology", "sport", "practice");
        assertThat(result.explain(Locale.ENGLISH)).contains(T2023_1.toString(), T2023_2.toString(), "psychology test", "exercise hours",
                "volunteer_hours_term");
    }

    private static RuleSet load() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            return RuleSet.fromJson(in);
        }
    }

    /** 12 volunteer hours for every student, as the example plugin would measure them. */
    private static final class VolunteerHours implements ExtraMeasures {
        @Override
        public Set<String> indicators() {
            return Set.of("volunteer-hours-term");
        }

        @Override
        public RawValues measure(EvaluationPeriod period, SortedSet<String> students) {
            RawValues.Builder values = RawValues.builder();
            students.forEach(s -> values.put(s, "volunteer-hours-term", BigDecimal.valueOf(12), "plugin:volunteer-hours"));
            return values.build();
        }
    }

    /**
     * Marks {@code Def.field} for every field of {@code node} that the schema node {@code at} (a {@code $ref}, an
     * object with properties, an array, or a method chosen by its {@code type}) describes, and walks into it.
     */
    private static void visit(JsonNode node, JsonNode at, String def, JsonNode schema, Set<String> used, Set<String> methods) {
        if (at == null || at.isMissingNode()) {
            return;
        }
        if (at.has("$ref")) {
            String name = at.get("$ref").asText().substring("#/$defs/".length());
            visit(node, schema.get("$defs").get(name), name, schema, used, methods);
            return;
        }
        if (node.isArray() && at.has("items")) {
            node.forEach(item -> visit(item, at.get("items"), def, schema, used, methods));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (JsonNode choice : at.path("allOf")) {
            String type = choice.path("if").path("properties").path("type").path("const").asText(null);
            if (type != null && type.equals(node.path("type").asText())) {
                methods.add(type);
                visit(node, choice.get("then"), def, schema, used, methods);
            }
        }
        JsonNode properties = at.path("properties");
        node.fieldNames().forEachRemaining(field -> {
            if (properties.has(field)) {
                used.add(def + "." + field);
                visit(node.get(field), properties.get(field), def, schema, used, methods);
            }
        });
    }
}
