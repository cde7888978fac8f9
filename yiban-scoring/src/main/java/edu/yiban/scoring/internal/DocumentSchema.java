package edu.yiban.scoring.internal;

import org.apiguardian.api.API;

/**
 * The documents campus staff write in JSON whose schemas ship in the jar, under
 * {@code edu/yiban/scoring/schema/<name>.schema.json}, each made by
 * {@code internal.schema.SchemaGenerator} from its type and checked up to date by a test
 * ({@code SchemaFilesTest}). A type names its schema when it reads itself:
 *
 * <pre>{@code
 * RuleSet rules = ScoringJson.read(json, RuleSet.class, DocumentSchema.RULE_SET);
 * }</pre>
 *
 * <p>The constants name their types in words only, so that the schemas sit below the types that use them.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public enum DocumentSchema {
    /** A students' evaluation rule set (综合测评细则), {@link edu.yiban.scoring.student.RuleSet}. */
    RULE_SET("rule-set"),
    /** An indicator system (指标体系), {@link edu.yiban.scoring.system.IndicatorSystem}. */
    INDICATOR_SYSTEM("indicator-system"),
    /** A grade-to-point scale (成绩绩点换算表), {@link edu.yiban.scoring.student.GradeScale}. */
    GRADE_SCALE("grade-scale"),
    /** An award policy (奖学金与评优办法), {@link edu.yiban.scoring.student.AwardPolicy}. */
    AWARD_POLICY("award-policy"),
    /** The colleges' YiBan construction evaluation rules, {@link edu.yiban.scoring.college.CollegeRules}. */
    COLLEGE_RULES("college-rules");

    /** The class-path folder of the schemas. */
    public static final String FOLDER = "/edu/yiban/scoring/schema/";
    /** The member of a document's top object that names its schema for an editor; the library reads past it. */
    public static final String SCHEMA_MEMBER = "$schema";
    /** The prefix of every schema's {@code $id}; the name follows. */
    public static final String ID_PREFIX = "urn:yiban-kit:schema:scoring:";

    private final String fileName;

    DocumentSchema(String name) {
        this.fileName = name + ".schema.json";
    }

    /** The schema's file name, e.g. {@code rule-set.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** The schema's class-path resource, e.g. {@code /edu/yiban/scoring/schema/rule-set.schema.json}. */
    public String resource() {
        return FOLDER + fileName;
    }

    /** The schema's stable {@code $id}, e.g. {@code urn:yiban-kit:schema:scoring:rule-set}. */
    public String id() {
        return ID_PREFIX + fileName.substring(0, fileName.length() - ".schema.json".length());
    }
}
