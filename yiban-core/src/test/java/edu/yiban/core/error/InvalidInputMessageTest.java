package edu.yiban.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A configuration with many problems: the message lists the first 20, each at its path, and counts the rest. */
class InvalidInputMessageTest {
    private static InvalidInputException withProblems(int count) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            found.add(new Violation("rules[" + i + "].points", "Min", "应至少为 0", "must be at least 0"));
        }
        return new InvalidInputException(found);
    }

    @Test
    void theMessageListsTheFirstTwentyProblemsAndSaysHowManyMore() {
        InvalidInputException e = withProblems(23);

        // 23 problems: rules[0] to rules[19] are written out, 3 are counted
        assertThat(e.violations()).hasSize(23);
        assertThat(e.message(MessageBundle.EN)).startsWith("invalid input (23): rules[0].points: must be at least 0; ")
                .contains("rules[19].points").doesNotContain("rules[20].points").endsWith("; and 3 more");
        assertThat(e.message(MessageBundle.ZH)).contains("rules[19].points：应至少为 0").endsWith("；另有 3 处未列出");
    }

    @Test
    void twentyProblemsAreAllListedWithNoCount() {
        String en = withProblems(20).message(MessageBundle.EN);

        assertThat(en).contains("rules[19].points").doesNotContain("more");
    }
}
