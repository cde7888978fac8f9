package edu.yiban.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.system.IndicatorSystem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of fault the shipped schemas find is one violation at the JSON path of the problem, with the scoring
 * bundle's words in Chinese and English that say what would be right; all the faults of a document come together,
 * before anything is read.
 */
class SchemaFaultsTest {
    /** A rule set with one rule of a points table; {@code %s} stands for more of the rule's fields. */
    private static final String RULE_SET = """
            {"id": "r", "name": {"zh": "细则", "en": "rules"}, "version": "1", "year": "2022-2023",
             "parts": {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                {"code": "moral", "name": {"zh": "德育", "en": "moral"}, "weight": 0.5, "base": 60},
                {"code": "intellectual", "name": {"zh": "智育", "en": "intellectual"}, "weight": 0.5}]},
             "rules": [{"code": "award", "name": {"zh": "奖励", "en": "awards"}, "category": "award", "part": "moral",
                        "method": {"type": "table", "rows": [{"when": {"level": "school"}, "points": 1},
                                                             {"when": {"level": "national"}, "points": 3},
                                                             {"when": {}, "points": 0.5}]}%s}],
             "limits": [{"code": "cap", "name": {"zh": "上限", "en": "cap"}, "category": "award", "per": "TERM", "cap": 10}]}""";

    private static RuleSet ruleSet(String json) {
        return RuleSet.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Violation> refusals(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("the document was read");
    }

    private static Violation onlyFault(String json) {
        List<Violation> faults = refusals(() -> ruleSet(json));
        assertThat(faults).hasSize(1);
        return faults.get(0);
    }

    @Test
    void theTestRuleSetIsValid() {
        assertThat(ruleSet(RULE_SET.formatted("")).rules()).hasSize(1);
    }

    @Test
    void aDocumentMayNameItsSchemaForAnEditor() {
        RuleSet rules = ruleSet(RULE_SET.formatted("").replaceFirst("\\{", "{\"\\$schema\": \"./rule-set.schema.json\", "));

        assertThat(rules).isEqualTo(ruleSet(RULE_SET.formatted("")));
    }

    @Test
    void onlyTheTopMayNameASchema() {
        Violation v = onlyFault(RULE_SET.formatted(", \"$schema\": \"./rule.schema.json\""));

        assertThat(v.path()).isEqualTo("rules[0].$schema");
        assertThat(v.code()).isEqualTo("schema.field.unknown");
    }

    @Test
    void anUnknownFieldIsNamedWithTheValidOnes() {
        Violation v = onlyFault(RULE_SET.formatted(", \"bonus\": 3"));

        assertThat(v.path()).isEqualTo("rules[0].bonus");
        assertThat(v.code()).isEqualTo("schema.field.unknown");
        assertThat(v.en()).isEqualTo("unknown field \"bonus\" in rules[0]; valid fields: category, code, highestOnly, method, name, part,"
                + " prorate, severity, team, when");
        assertThat(v.zh()).isEqualTo("rules[0] 中有未知字段“bonus”；可用字段：category, code, highestOnly, method, name, part, prorate,"
                + " severity, team, when");
    }

    @Test
    void anUnknownFieldOfAMethodListsTheFieldsOfThatMethod() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"type\": \"table\",", "\"type\": \"table\", \"attribute\": \"hours\","));

        assertThat(v.path()).isEqualTo("rules[0].method.attribute");
        assertThat(v.en()).isEqualTo("unknown field \"attribute\" in rules[0].method; valid fields: rows, type");
    }

    @Test
    void anUnknownFieldAtTheTopIsNamedWithTheValidOnes() {
        Violation v = onlyFault(RULE_SET.formatted("").replaceFirst("\\{", "{\"author\": \"me\", "));

        assertThat(v.path()).isEqualTo("author");
        assertThat(v.en()).isEqualTo("unknown field \"author\"; valid fields: description, gates, graduation, id, indicators, limits, name,"
                + " parts, periods, rules, tieBreak, version, vetoes, year");
    }

    @Test
    void aMissingRequiredFieldIsNamedWhereItIsMissing() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"per\": \"TERM\", ", ""));

        assertThat(v.path()).isEqualTo("limits[0].per");
        assertThat(v.code()).isEqualTo("schema.field.missing");
        // named as in JSON, and by the bundle's label of the field when it has one
        assertThat(v.en()).isEqualTo("the required field \"per\" (period) is missing from limits[0]");
        assertThat(v.zh()).isEqualTo("limits[0] 缺少必填字段“per”（适用周期）");
    }

    @Test
    void aMissingRequiredFieldAtTheTop() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"version\": \"1\", ", ""));

        assertThat(v.path()).isEqualTo("version");
        assertThat(v.en()).isEqualTo("the required field \"version\" is missing");
        assertThat(v.zh()).isEqualTo("缺少必填字段“version”（版本）");
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"points\": 3", "\"points\": \"three\""));

        assertThat(v.path()).isEqualTo("rules[0].method.rows[1].points");
        assertThat(v.code()).isEqualTo("schema.type");
        assertThat(v.en()).isEqualTo("wrong type: expected a number, found a string (\"three\")");
        assertThat(v.zh()).isEqualTo("类型不对：应为数值，实为字符串（\"three\"）");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsAWrongType() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"points\": 3}", "\"points\": 3, \"severity\": 1.5}"));

        assertThat(v.path()).isEqualTo("rules[0].method.rows[1].severity");
        assertThat(v.en()).isEqualTo("wrong type: expected a whole number, found a number (1.5)");
    }

    @Test
    void anObjectWhereTextBelongsIsAWrongType() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"version\": \"1\"", "\"version\": {\"major\": 1}"));

        assertThat(v.path()).isEqualTo("version");
        assertThat(v.en()).isEqualTo("wrong type: expected a string, found an object");
    }

    @Test
    void aValueOutsideItsListNamesTheValidValues() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"per\": \"TERM\"", "\"per\": \"SEMESTER\""));

        assertThat(v.path()).isEqualTo("limits[0].per");
        assertThat(v.code()).isEqualTo("schema.value.unknown");
        assertThat(v.en()).isEqualTo("\"SEMESTER\" is not a valid value; valid values: TERM, PERIOD");
        assertThat(v.zh()).isEqualTo("\"SEMESTER\" 不是有效取值；可用取值：TERM, PERIOD");
    }

    @Test
    void anUnknownMethodTypeNamesTheValidTypes() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"type\": \"table\"", "\"type\": \"tabel\""));

        assertThat(v.path()).isEqualTo("rules[0].method.type");
        assertThat(v.code()).isEqualTo("schema.kind.unknown");
        assertThat(v.en()).isEqualTo("unknown type \"tabel\" for rules[0].method; valid types: table, recorded, attribute, formula, sum-bands,"
                + " trimmed-mean");
        assertThat(v.zh()).isEqualTo("rules[0].method 的类型 \"tabel\" 未知；可用类型：table, recorded, attribute, formula, sum-bands,"
                + " trimmed-mean");
    }

    @Test
    void aMethodWithoutATypeNamesTheValidTypes() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"type\": \"table\", ", ""));

        assertThat(v.path()).isEqualTo("rules[0].method.type");
        assertThat(v.code()).isEqualTo("schema.kind.missing");
        assertThat(v.en()).isEqualTo("rules[0].method needs a \"type\"; valid types: table, recorded, attribute, formula, sum-bands, trimmed-mean");
    }

    @Test
    void anUnknownNormaliserTypeNamesTheValidTypes() {
        String system = """
                {"id": "s", "name": {"zh": "体系", "en": "system"}, "version": "1",
                 "indicators": [{"code": "x", "name": {"zh": "甲", "en": "x"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "rules"}],
                 "root": {"code": "total", "name": {"zh": "总分", "en": "total"}, "weight": 1, "children": [
                    {"code": "x", "name": {"zh": "甲", "en": "x"}, "weight": 1, "indicator": "x", "normaliser": {"type": "minmax"}}]}}""";

        List<Violation> faults = refusals(() -> IndicatorSystem.fromJson(new ByteArrayInputStream(system.getBytes(StandardCharsets.UTF_8))));

        assertThat(faults).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("root.children[0].normaliser.type");
            assertThat(v.en()).isEqualTo("unknown type \"minmax\" for root.children[0].normaliser; valid types: identity, min-max, z-score,"
                    + " percentile, target-linear, bands, external");
        });
    }

    @Test
    void tooManyItemsSaysHowManyAreAllowed() {
        String eleven = "\"tieBreak\": [" + "\"moral\", ".repeat(10) + "\"moral\"], ";
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"version\": \"1\", ", "\"version\": \"1\", " + eleven));

        assertThat(v.path()).isEqualTo("tieBreak");
        assertThat(v.code()).isEqualTo("schema.items.many");
        assertThat(v.en()).isEqualTo("too many items: 11, at most 10 allowed");
        assertThat(v.zh()).isEqualTo("项数过多：有 11 项，至多 10 项");
    }

    @Test
    void anEmptyListThatNeedsItemsIsRefused() {
        Violation v = onlyFault(RULE_SET.formatted("").replaceFirst("(?s)\"rows\": \\[.*?0\\.5}]", "\"rows\": []"));

        assertThat(v.path()).isEqualTo("rules[0].method.rows");
        assertThat(v.en()).isEqualTo("must not be empty: at least one item is needed");
    }

    @Test
    void tooLongATextSaysHowLongItMayBe() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"version\": \"1\"", "\"version\": \"" + "v".repeat(65) + "\""));

        assertThat(v.path()).isEqualTo("version");
        assertThat(v.code()).isEqualTo("schema.text.long");
        assertThat(v.en()).isEqualTo("too long: 65 characters, at most 64 allowed");
        assertThat(v.zh()).isEqualTo("过长：65 个字符，至多 64 个");
    }

    @Test
    void anEmptyTextThatMustSaySomethingIsRefused() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"name\": {\"zh\": \"细则\"", "\"name\": {\"zh\": \"\""));

        assertThat(v.path()).isEqualTo("name.zh");
        assertThat(v.en()).isEqualTo("must not be empty");
        assertThat(v.zh()).isEqualTo("不能为空");
    }

    @Test
    void tooManyEntriesOfAMap() {
        StringBuilder when = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            when.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": \"v\"");
        }
        Violation v = onlyFault(RULE_SET.formatted(", \"when\": {" + when + "}"));

        assertThat(v.path()).isEqualTo("rules[0].when");
        assertThat(v.en()).isEqualTo("too many entries: 17, at most 16 allowed");
    }

    @Test
    void aWholeNumberOutOfRangeIsRefusedBeforeJacksonOverflows() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"points\": 3}", "\"points\": 3, \"severity\": 3000000000}"));

        assertThat(v.path()).isEqualTo("rules[0].method.rows[1].severity");
        assertThat(v.en()).isEqualTo("3000000000 is too large: at most 2147483647");
    }

    @Test
    void nullIsNoValueLeaveTheFieldOut() {
        Violation v = onlyFault(RULE_SET.formatted(", \"part\": null").replace("\"part\": \"moral\",", ""));

        assertThat(v.path()).isEqualTo("rules[0].part");
        assertThat(v.en()).isEqualTo("wrong type: expected a string, found null");
    }

    @Test
    void everyFaultOfADocumentComesTogether() {
        String json = RULE_SET.formatted(", \"bonus\": 3").replace("\"per\": \"TERM\"", "\"per\": \"SEMESTER\"")
                .replace("\"points\": 3", "\"points\": \"three\"").replace("\"version\": \"1\", ", "");

        assertThat(refusals(() -> ruleSet(json))).extracting(Violation::path)
                .containsExactlyInAnyOrder("version", "rules[0].bonus", "rules[0].method.rows[1].points", "limits[0].per");
    }

    @Test
    void aGradeScaleAndAnAwardPolicyAreCheckedAgainstTheirSchemas() {
        String scale = """
                {"id": "s", "name": {"zh": "绩点", "en": "scale"}, "category": "academic", "passMark": 60,
                 "bands": [{"from": 0, "points": 0, "grade": "F"}]}""";
        String policy = """
                {"id": "p", "name": {"zh": "办法", "en": "policy"}, "awards": [],
                 "bands": {"basis": "TOTAL", "levels": [], "otherwise": {"code": "pass", "name": {"zh": "合格", "en": "pass"}}}}""";

        assertThat(refusals(() -> GradeScale.fromJson(new ByteArrayInputStream(scale.getBytes(StandardCharsets.UTF_8)))))
                .extracting(Violation::path).containsExactly("bands[0].grade");
        assertThat(refusals(() -> AwardPolicy.fromJson(new ByteArrayInputStream(policy.getBytes(StandardCharsets.UTF_8)))))
                .extracting(Violation::path, Violation::code).containsExactly(org.assertj.core.groups.Tuple.tuple("bands.levels", "schema.items.none"));
    }

    @Test
    void malformedJsonIsStillNamedAsBefore() {
        assertThat(refusals(() -> ruleSet("{\"id\": "))).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("json.malformed"));
    }

    @Test
    void aValueOfTheRightTypeIsLeftToItsOwnCheck() {
        Violation v = onlyFault(RULE_SET.formatted("").replace("\"year\": \"2022-2023\"", "\"year\": \"2022-2024\""));

        assertThat(v.path()).isEqualTo("year");
        assertThat(v.code()).doesNotStartWith("schema.");
    }

    @Test
    void aSchemaFaultIsFoundBeforeAnythingIsRead() {
        // the unknown part would be refused by the rule set's own checks; the schema's fault comes first, alone
        Violation v = onlyFault(RULE_SET.formatted(", \"bonus\": 3").replace("\"part\": \"moral\"", "\"part\": \"nowhere\""));

        assertThat(v.path()).isEqualTo("rules[0].bonus");
    }
}
