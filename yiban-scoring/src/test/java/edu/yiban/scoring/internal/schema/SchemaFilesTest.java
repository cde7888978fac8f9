package edu.yiban.scoring.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.scoring.college.CollegeRules;
import edu.yiban.scoring.internal.DocumentSchema;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.system.IndicatorSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schemas shipped in the jar are the ones the types make now. Each is regenerated from its type (with the
 * descriptions from the types' Javadoc) into {@code yiban-scoring/target/generated-schemas/}; a shipped one that
 * differs fails the test, naming the fresh file.
 *
 * <p>After changing a type a document is read as ({@code RuleSet}, {@code GradeScale}, {@code AwardPolicy} …, or
 * anything they hold), regenerate the shipped schemas with one command, from the repository's root:
 * <pre>
 * mvn -B -o -q -pl yiban-scoring -am test -Dtest=SchemaFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dyiban.schema.update=true
 * </pre>
 * which writes them into {@code yiban-scoring/src/main/resources/edu/yiban/scoring/schema/} (review the diff and
 * commit it). See {@code docs/schema.md}.
 */
class SchemaFilesTest {
    /** Set to {@code true} to write the fresh schemas over the shipped ones. */
    static final String UPDATE = "yiban.schema.update";
    static final Path SHIPPED = Path.of("src/main/resources").resolve(DocumentSchema.FOLDER.substring(1));
    static final Path FRESH = Path.of("target/generated-schemas");

    @ParameterizedTest
    @EnumSource(DocumentSchema.class)
    void theShippedSchemaIsTheOneItsTypeMakesNow(DocumentSchema schema) throws IOException {
        String fresh = write(SchemaGenerator.generate(typeOf(schema), schema.id(), JavadocDescriptions.ofThisBuild()));
        Files.createDirectories(FRESH);
        Path freshFile = FRESH.resolve(schema.fileName()).toAbsolutePath();
        Files.writeString(freshFile, fresh, StandardCharsets.UTF_8);
        Path shipped = SHIPPED.resolve(schema.fileName());
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(SHIPPED);
            Files.writeString(shipped, fresh, StandardCharsets.UTF_8);
        }
        String before = Files.isRegularFile(shipped) ? Files.readString(shipped, StandardCharsets.UTF_8) : "";
        assertThat(before)
                .as("""
                        the shipped schema %s is out of date with %s; the fresh one is at
                          %s
                        copy it over, or regenerate them all from the repository's root with
                          mvn -B -o -q -pl yiban-scoring -am test -Dtest=SchemaFilesTest -Dsurefire.failIfNoSpecifiedTests=false -D%s=true
                        """, shipped.toAbsolutePath().normalize(), typeOf(schema).getSimpleName(), freshFile, UPDATE)
                .isEqualTo(fresh);
    }

    /** The type documents of {@code schema} are read as (the schemas sit below the types, so they do not name them). */
    static Class<?> typeOf(DocumentSchema schema) {
        return switch (schema) {
            case RULE_SET -> RuleSet.class;
            case INDICATOR_SYSTEM -> IndicatorSystem.class;
            case GRADE_SCALE -> GradeScale.class;
            case AWARD_POLICY -> AwardPolicy.class;
            case COLLEGE_RULES -> CollegeRules.class;
        };
    }

    /** A schema as the shipped files are written: two-space indents, "key": value, LF line ends, a last new line. */
    static String write(ObjectNode schema) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    }
}
