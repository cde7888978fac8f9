package edu.yiban.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.YibanCore;
import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.fixtures.RoundTrip;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.StreamId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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
            // signing: a key is never serialised; a check's results are read, never kept (signed heads are, with a generator)
            "edu.yiban.core.ledger.CampusKey", "edu.yiban.core.ledger.SignedVerification", "edu.yiban.core.ledger.SignatureCheck",
            // access and audit: live parts of a runtime, a policy read from its own file format, an actor written by the
            // codec in its own form at the head of every record
            "edu.yiban.core.access.Access", "edu.yiban.core.access.AccessGrant", "edu.yiban.core.access.AccessPolicy",
            "edu.yiban.core.access.AccessPolicy.Decision", "edu.yiban.core.access.AccessRequest", "edu.yiban.core.access.AccessRule",
            "edu.yiban.core.access.AccessRule.Verdict", "edu.yiban.core.access.Acting", "edu.yiban.core.access.Action",
            "edu.yiban.core.access.Actor", "edu.yiban.core.access.Relation", "edu.yiban.core.access.Subject",
            "edu.yiban.core.access.Subject.Kind", "edu.yiban.core.access.Audit", "edu.yiban.core.access.AuditEntry",
            // privacy: a rule set (no state), a key (never serialised) and a subject's export (a document written for them, never read back)
            "edu.yiban.core.privacy.Masking", "edu.yiban.core.privacy.SubjectKey", "edu.yiban.core.privacy.SubjectExport",
            "edu.yiban.core.i18n.MessageBundle", "edu.yiban.core.i18n.Text",
            "edu.yiban.core.json.YibanCoreModule", "edu.yiban.core.json.YibanJson",
            "edu.yiban.core.validation.Checks", "edu.yiban.core.validation.YibanValidator");

    private static final CampusKey KEY = CampusKey.generate();

    private final ObjectMapper json = YibanJson.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(CoreArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 5000)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        RoundTrip.assertExact(json, value);
    }

    @Property(tries = 200)
    void signedHeadsReadBackFromTheirJsonStillVerify(@ForAll @IntRange(min = 0, max = 4) int streams) throws Exception {
        CampusKey key = KEY;
        List<Checkpoint> heads = new java.util.ArrayList<>();
        for (int i = 0; i < streams; i++) {
            heads.add(new Checkpoint(StreamId.of("archive", "20220101" + i), i + 1L,
                    ChainHash.of(MessageDigest.getInstance("SHA-256").digest(new byte[] {(byte) i}))));
        }
        SignedHeads signed = key.sign(heads, Instant.parse("2024-01-20T02:00:00.123Z"));

        SignedHeads back = json.readValue(YibanJson.write(json, signed), SignedHeads.class);

        assertThat(back).isEqualTo(signed);
        assertThat(back.signatureValid(key.publicKey())).isTrue();
    }

    @Example
    void signedHeadsHaveTheirDocumentedFileForm() throws Exception {
        SignedHeads signed = new SignedHeads(Instant.parse("2023-03-01T01:00:00Z"),
                "0123456789abcdef", List.of(new Checkpoint(StreamId.of("directory"), 18,
                ChainHash.GENESIS)), new byte[] {1, 2, 3});

        assertThat(new String(YibanJson.write(json, signed), StandardCharsets.UTF_8)).isEqualTo(
                "{\"heads\":[{\"hash\":\"" + "0".repeat(64) + "\",\"stream\":\"directory\",\"version\":18}],"
                        + "\"keyId\":\"0123456789abcdef\",\"signature\":\"AQID\",\"signedAt\":\"2023-03-01T01:00:00Z\"}");
        assertThatThrownBy(() -> json.readValue("{\"heads\":[],\"keyId\":\"k\",\"signature\":\"%%\",\"signedAt\":\"2023-03-01T01:00:00Z\"}",
                SignedHeads.class)).isInstanceOf(JsonMappingException.class);
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

        String text = new String(YibanJson.write(json, entry), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\"attributes\":{\"hours\":\"8\"},\"category\":\"volunteer\",\"date\":\"2022-10-01\","
                + "\"dimension\":\"MORAL\",\"points\":2.50,\"recordedBy\":\"T1001\",\"source\":\"youth-league\","
                + "\"term\":\"2022-2023-1\",\"title\":\"志愿服务 2.5 分\","
                + "\"visibility\":[\"STUDENT\",\"PARENT\",\"COUNSELLOR\",\"COLLEGE\",\"SCHOOL\"]}");
        assertThat(Arrays.asList(text.split(""))).doesNotContain("\n");
    }
}
