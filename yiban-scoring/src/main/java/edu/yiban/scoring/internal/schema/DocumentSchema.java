package edu.yiban.scoring.internal.schema;

import edu.yiban.scoring.college.CollegeRules;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.system.IndicatorSystem;
import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The documents campus staff write in JSON whose schemas ship in the jar, under
 * {@code edu/yiban/scoring/schema/<name>.schema.json}, each made by {@link SchemaGenerator} from its type and
 * checked up to date by a test ({@code SchemaFilesTest}).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public enum DocumentSchema {
    /** A students' evaluation rule set (综合测评细则), {@link RuleSet}. */
    RULE_SET(RuleSet.class, "rule-set"),
    /** An indicator system (指标体系), {@link IndicatorSystem}. */
    INDICATOR_SYSTEM(IndicatorSystem.class, "indicator-system"),
    /** A grade-to-point scale (成绩绩点换算表), {@link GradeScale}. */
    GRADE_SCALE(GradeScale.class, "grade-scale"),
    /** An award policy (奖学金与评优办法), {@link AwardPolicy}. */
    AWARD_POLICY(AwardPolicy.class, "award-policy"),
    /** The colleges' YiBan construction evaluation rules, {@link CollegeRules}. */
    COLLEGE_RULES(CollegeRules.class, "college-rules");

    /** The class-path folder of the schemas. */
    public static final String FOLDER = "/edu/yiban/scoring/schema/";
    /** The prefix of every schema's {@code $id}; the name follows. */
    public static final String ID_PREFIX = "urn:yiban-kit:schema:scoring:";

    private final Class<?> type;
    private final String fileName;

    DocumentSchema(Class<?> type, String name) {
        this.type = type;
        this.fileName = name + ".schema.json";
    }

    /** The schema of documents read as {@code type}, if one ships. */
    public static Optional<DocumentSchema> of(Class<?> type) {
        return Arrays.stream(values()).filter(s -> s.type == type).findFirst();
    }

    /** The type the documents are read as. */
    public Class<?> type() {
        return type;
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
