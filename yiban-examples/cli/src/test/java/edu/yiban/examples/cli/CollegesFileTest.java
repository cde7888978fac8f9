package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** colleges.json holds the five indicators of every college and one or two demonstration centres. */
class CollegesFileTest {
    private static final List<String> FIVE = List.of("coverage", "class-activity", "promotion", "team", "stickiness");
    private final JsonNode file = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(DemoRuns.get().first.resolve(Outputs.COLLEGES).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyCollegeHasTheFiveIndicatorsOfTheSeedEachScoredFrom0To100() {
        assertThat(file.get("colleges")).hasSize(Integer.parseInt(DemoRuns.COLLEGES));
        for (JsonNode college : file.get("colleges")) {
            List<String> codes = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode indicator : college.get("indicators")) {
                codes.add(indicator.get("code").asText());
                assertThat(indicator.get("score").decimalValue()).isBetween(BigDecimal.ZERO, new BigDecimal(100));
                assertThat(indicator.get("name").get("zh").asText()).isNotBlank();
                sum = sum.add(indicator.get("contribution").decimalValue());
            }
            assertThat(codes).as(college.get("college").asText()).containsExactlyElementsOf(FIVE);
            // the shown contributions add up to the total, as the engine's explanation promises
            assertThat(sum).isEqualByComparingTo(college.get("total").decimalValue());
            assertThat(college.get("explanation").get("children")).hasSize(5);
        }
    }

    @Test
    void oneOrTwoCollegesAreDemonstrationCentresAndTheyReachTheThreshold() {
        JsonNode centres = file.get("demonstrationCentres");
        assertThat(centres.size()).isBetween(1, 2);
        BigDecimal threshold = file.get("demonstrationRule").get("threshold").decimalValue();
        List<String> flagged = new ArrayList<>();
        for (JsonNode college : file.get("colleges")) {
            if (college.get("demonstrationCentre").asBoolean()) {
                flagged.add(college.get("college").asText());
                assertThat(college.get("total").decimalValue()).isGreaterThanOrEqualTo(threshold);
                assertThat(college.get("decision").asText()).isEqualTo("CHOSEN");
            }
        }
        List<String> named = new ArrayList<>();
        centres.forEach(c -> named.add(c.asText()));
        assertThat(flagged).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void collegesAreInRankOrderWithEveryPlaceTakenOnce() {
        int expected = 1;
        BigDecimal previous = null;
        for (JsonNode college : file.get("colleges")) {
            assertThat(college.get("rank").asInt()).isEqualTo(expected++);
            BigDecimal total = college.get("total").decimalValue();
            if (previous != null) {
                assertThat(total).isLessThanOrEqualTo(previous);
            }
            previous = total;
        }
    }
}
