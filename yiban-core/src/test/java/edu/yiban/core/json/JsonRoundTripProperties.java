package edu.yiban.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.YibanCore;
import edu.yiban.core.fixtures.RoundTrip;
import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every public value type of the core reads back from its JSON equal, and writes the same bytes again. */
class JsonRoundTripProperties {
    /** Public types that are services, builders of machinery or messages rather than values. */
    private static final Set<String> NOT_VALUES = Set.of(
            "edu.yiban.core.YibanCore", "edu.yiban.core.ledger.Ledger", "edu.yiban.core.ledger.append.WritableLedger",
            "edu.yiban.core.ledger.append.RecordCodec",
            "edu.yiban.core.ledger.append.ProjectedStream", "edu.yiban.core.ledger.append.ProjectionLock",
            // the arguments of an append to several streams: calls of the ledger and the store SPI, never serialised
            "edu.yiban.core.ledger.append.WritableLedger.Drafts", "edu.yiban.core.ledger.StreamAppend",
            // what a store reports it can do: asked of a live store, never serialised
            "edu.yiban.core.ledger.spi.StoreCapability",
            // following the store's log and the retry policy: live parts of a runtime, never serialised
            "edu.yiban.core.ledger.append.Inbox", "edu.yiban.core.ledger.append.Retries",
            // signing: a key is never serialised; signed heads and their check get their file form with the saved campus
            "edu.yiban.core.ledger.CampusKey", "edu.yiban.core.ledger.SignedHeads", "edu.yiban.core.ledger.SignedVerification",
            // privacy: a rule set (no state), a key (never serialised) and a subject's export (a document written for them, never read back)
            "edu.yiban.core.privacy.Masking", "edu.yiban.core.privacy.SubjectKey", "edu.yiban.core.privacy.SubjectExport",
            "edu.yiban.core.i18n.MessageBundle", "edu.yiban.core.i18n.Text",
            "edu.yiban.core.json.YibanCoreModule", "edu.yiban.core.json.YibanJson",
            "edu.yiban.core.validation.Checks", "edu.yiban.core.validation.YibanValidator");

    private final ObjectMapper json = YibanJson.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(CoreArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 5000)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        RoundTrip.assertExact(json, value);
    }

    @Example
    void everyPublicValueTypeOfTheCoreHasAGenerator() {
        assertThat(RoundTrip.uncovered(YibanCore.class, "edu.yiban.core", NOT_VALUES, CoreArbitraries.all()))
                .as("public value types without a JSON round-trip generator").isEmpty();
    }

    @Example
    void theJsonIsCanonicalSortedAndCompact() {
        var entry = edu.yiban.core.fixtures.Campus.entry(edu.yiban.core.fixtures.Campus.T2022_1, java.time.LocalDate.of(2022, 10, 1), "2.5",
                edu.yiban.core.visibility.Visibility.FAMILY);

        String text = new String(YibanJson.write(json, entry), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\"attributes\":{\"hours\":\"8\"},\"category\":\"volunteer\",\"date\":\"2022-10-01\","
                + "\"dimension\":\"MORAL\",\"points\":2.50,\"recordedBy\":\"T1001\",\"source\":\"youth-league\","
                + "\"term\":\"2022-2023-1\",\"title\":\"志愿服务 2.5 分\","
                + "\"visibility\":[\"STUDENT\",\"PARENT\",\"COUNSELLOR\",\"COLLEGE\",\"SCHOOL\"]}");
        assertThat(Arrays.asList(text.split(""))).doesNotContain("\n");
    }
}
