package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** evaluation.json holds every student's result with its explanation, one student a line. */
class EvaluationFileTest {
    private final DemoRuns runs = DemoRuns.get();

    @Test
    void everyStudentHasATotalItsExplanationAndItsItemLinesInStudentNumberOrder() throws IOException {
        JsonNode file = new ObjectMapper().readTree(runs.first.resolve(Outputs.EVALUATION).toFile());
        JsonNode students = file.get("students");
        assertThat(students).hasSize(Integer.parseInt(DemoRuns.STUDENTS));
        assertThat(file.get("period").asText()).isEqualTo("2022-2023-1");
        String previous = "";
        for (JsonNode s : students) {
            String no = s.get("student").asText();
            assertThat(no).isGreaterThan(previous);
            previous = no;
            BigDecimal total = s.get("total").decimalValue();
            assertThat(total).isBetween(BigDecimal.ZERO, new BigDecimal(100));
            JsonNode result = s.get("evaluation").get("result");
            assertThat(result.get("total").decimalValue()).isEqualByComparingTo(total);
            // 德智体美劳, and the volunteer bonus the example plugin's indicator gives
            assertThat(result.get("explanation").get("children")).extracting(c -> c.get("code").asText())
                    .containsExactly("moral", "intellectual", "physical", "aesthetic", "labour", "volunteer-bonus");
            assertThat(s.get("evaluation").get("lines")).isNotEmpty();
            assertThat(s.get("ranks").get("class").get("rank").asInt()).isPositive();
            assertThat(s.get("band").asText()).isNotBlank();
        }
    }

    @Test
    void theFileHasOneStudentALineSoThatItReadsWithGrep() throws IOException {
        List<String> lines = Files.readAllLines(runs.first.resolve(Outputs.EVALUATION));
        assertThat(lines).hasSize(Integer.parseInt(DemoRuns.STUDENTS) + 2);
        assertThat(lines.get(1)).startsWith("{\"awards\":");
    }
}
