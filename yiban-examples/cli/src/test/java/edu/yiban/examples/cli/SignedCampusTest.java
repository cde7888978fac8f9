package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.StreamId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A campus signed with a campus key ({@code keygen}, {@code demo --key}) and checked with {@code verify --public-key}, and
 * the saved file tampered with as someone holding it would, with a JSON editor and the documented hash chain: each
 * tampering keeps every chain and checkpoint of the file consistent, so that plain {@code verify} passes it, and only the
 * signature finds it.
 */
class SignedCampusTest {
    private static Signed signed;
    private final ObjectMapper json = new ObjectMapper();

    /** The key's folder, the signed saved campus and the demo's run, made once. */
    private record Signed(Path root, Path keys, Path file, Run demo, CampusKey key) {
    }

    private static synchronized Signed signed() {
        if (signed == null) {
            try {
                Path root = Files.createTempDirectory("yiban-signed-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> DemoRuns.delete(root)));
                Path keys = root.resolve("keys");
                Run keygen = Run.en("keygen", "--out", keys.toString());
                assertThat(keygen.exitCode()).as(keygen.err()).isZero();
                Path file = root.resolve("campus.json");
                Run demo = Run.en("demo", "--students", DemoRuns.STUDENTS, "--colleges", DemoRuns.COLLEGES, "--seed", DemoRuns.SEED,
                        "--out", root.resolve("out").toString(), "--save", file.toString(), "--key", keys.resolve("campus.key").toString());
                assertThat(demo.exitCode()).as(demo.err()).isZero();
                signed = new Signed(root, keys, file, demo, KeyFiles.campusKey(keys.resolve("campus.key")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return signed;
    }

    @Test
    void keygenWritesAPrivateKeyOnlyItsOwnerReadsAndAPublicKeyAndNeverOverwrites() throws IOException {
        Path keys = signed().keys();

        assertThat(Files.readString(keys.resolve("campus.key"))).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .endsWith("-----END PRIVATE KEY-----\n");
        assertThat(Files.readString(keys.resolve("campus.pub"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        if (keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("campus.key")))).isEqualTo("rw-------");
        }
        String before = Files.readString(keys.resolve("campus.key"));

        Run again = Run.en("keygen", "--out", keys.toString());

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(keys.resolve("campus.key").toString()).contains("exists already");
        assertThat(Files.readString(keys.resolve("campus.key"))).isEqualTo(before);
    }

    @Test
    void aCampusSavedWithAKeyIsIntactAgainstItsPublicKeyInChineseAndEnglish() throws IOException {
        Signed s = signed();
        JsonNode file = json.readTree(s.file().toFile());
        assertThat(file.get("format").asText()).isEqualTo("yiban-campus/2");
        // two rounds finalised, then the campus once more at the end
        assertThat(file.get("signatures")).hasSize(3);
        assertThat(file.get("signatures").get(0).get("keyId").asText()).isEqualTo(s.key().id());
        assertThat(s.demo().out()).contains("Signed: key " + s.key().id());

        Run en = Run.en("verify", s.file().toString(), "--public-key", pub());
        Run zh = Run.of(MessageBundle.ZH, "verify", s.file().toString(), "--public-key", pub(), "--lang", "zh");

        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).contains("the signed part is intact: key " + s.key().id()).contains("nothing was appended after");
        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("已签名部分完好：密钥 " + s.key().id());
    }

    @Test
    void withoutAPublicKeyVerifyNamesTheSignaturesItFound() {
        Run run = Run.en("verify", signed().file().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("every hash chain is intact").contains("3 signatures found, the latest by key " + signed().key().id());
    }

    @Test
    void aCampusSavedWithoutAKeyHasNoSignatureToCheck() {
        Run run = Run.en("verify", DemoRuns.get().saved.toString(), "--public-key", pub());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("every hash chain is intact");
        assertThat(run.err()).contains("no signature: the campus keeps no signed heads");
    }

    @Test
    void aFileOfTheFirstFormatIsStillRead() throws IOException {
        ObjectNode file = (ObjectNode) json.readTree(DemoRuns.get().saved.toFile());
        file.put("format", "yiban-campus/1");
        file.remove("signatures");

        Run run = Run.en("verify", write(file, "format-1.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no signature found");
    }

    @Test
    void aSanctionDeletedWithEveryLaterLinkAndTheCheckpointRecomputedIsFound() throws IOException {
        ObjectNode file = read();
        ArrayNode records = (ArrayNode) file.get("records");
        int at = find(records, r -> r.get("stream").asText().startsWith("archive:") && payload(r).contains("\"category\":\"discipline\""));
        String stream = records.get(at).get("stream").asText();
        long signedVersion = version(records, stream);
        records.remove(at);
        rechain(file, stream);
        Path tampered = write(file, "sanction-deleted.json");
        assertThat(Run.en("verify", tampered.toString()).exitCode()).as("the chains alone cannot tell").isZero();

        Run en = Run.en("verify", tampered.toString(), "--public-key", pub());
        Run zh = Run.of(MessageBundle.ZH, "verify", tampered.toString(), "--public-key", pub(), "--lang", "zh");

        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.err()).contains("the signed part is broken: 1 signed streams")
                .contains("MISSING: stream " + stream + ", record " + signedVersion + ": missing");
        assertThat(zh.exitCode()).isEqualTo(1);
        assertThat(zh.err()).contains("已签名部分被破坏").contains("数据流 " + stream + " 第 " + signedVersion + " 条记录");
    }

    @Test
    void recordsCutFromTheEndOfAStreamWithItsCheckpointMovedAreFound() throws IOException {
        ObjectNode file = read();
        ArrayNode records = (ArrayNode) file.get("records");
        String stream = "directory";
        long signedVersion = version(records, stream);
        for (int cut = 0; cut < 2; cut++) {
            records.remove(last(records, stream));
        }
        rechain(file, stream);
        Path tampered = write(file, "cut.json");
        assertThat(Run.en("verify", tampered.toString()).exitCode()).isZero();

        Run run = Run.en("verify", tampered.toString(), "--public-key", pub());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("MISSING: stream directory, record " + (signedVersion - 1) + ": missing; the stream ends after record "
                + (signedVersion - 2));
    }

    @Test
    void aForgedAwardAppendedWithACorrectLinkIsReportedUnsignedNamingItsStream() throws IOException {
        ObjectNode file = read();
        ArrayNode records = (ArrayNode) file.get("records");
        JsonNode award = records.get(find(records, r -> payload(r).contains("\"category\":\"award\"")));
        String stream = records.get(find(records, r -> r.get("stream").asText().startsWith("archive:")
                && !r.get("stream").asText().equals(award.get("stream").asText()))).get("stream").asText();
        JsonNode previous = records.get(last(records, stream));
        ObjectNode forged = award.deepCopy();
        forged.put("stream", stream);
        forged.put("sequence", previous.get("sequence").asLong() + 1);
        forged.put("position", records.size() + 1);
        forged.put("recordedAt", previous.get("recordedAt").asText());
        records.add(forged);
        rechain(file, stream);
        Path tampered = write(file, "forged-award.json");
        assertThat(Run.en("verify", tampered.toString()).exitCode()).isZero();

        Run en = Run.en("verify", tampered.toString(), "--public-key", pub());
        Run zh = Run.of(MessageBundle.ZH, "verify", tampered.toString(), "--public-key", pub(), "--lang", "zh");

        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.err()).contains("1 records were appended after the signature").contains("stream " + stream + ": 1 unsigned records");
        assertThat(zh.exitCode()).isEqualTo(1);
        assertThat(zh.err()).contains("签名之后追加了 1 条记录").contains("数据流 " + stream + "：1 条未签名记录");
    }

    @Test
    void aFileReSignedWithAnotherKeyIsReportedNamingBothKeys() throws IOException {
        ObjectNode file = read();
        ArrayNode records = (ArrayNode) file.get("records");
        // the sanction deleted as before, then the whole file signed again with the attacker's own key
        records.remove(find(records, r -> r.get("stream").asText().startsWith("archive:") && payload(r).contains("\"category\":\"discipline\"")));
        for (String stream : streams(records)) {
            rechain(file, stream);
        }
        CampusKey attacker = CampusKey.generate();
        List<Checkpoint> heads = new ArrayList<>();
        for (String stream : streams(records)) {
            if (!stream.equals(SignedHeads.STREAM.value())) {
                JsonNode head = records.get(last(records, stream));
                heads.add(new Checkpoint(StreamId.of(stream), head.get("sequence").asLong(), ChainHash.parse(head.get("hash").asText())));
            }
        }
        SignedHeads forged = attacker.sign(heads, Instant.parse("2023-03-02T00:00:00Z"));
        byte[] payload = YibanJson.write(YibanJson.newMapper(), forged);
        JsonNode previous = records.get(last(records, SignedHeads.STREAM.value()));
        ObjectNode record = previous.deepCopy();
        record.put("payload", Base64.getEncoder().encodeToString(payload));
        record.put("sequence", previous.get("sequence").asLong() + 1);
        record.put("position", records.size() + 1);
        records.add(record);
        rechain(file, SignedHeads.STREAM.value());
        ((ArrayNode) file.get("signatures")).insert(0, json.readTree(payload));
        Path tampered = write(file, "re-signed.json");
        assertThat(Run.en("verify", tampered.toString()).exitCode()).isZero();

        Run en = Run.en("verify", tampered.toString(), "--public-key", pub());
        Run zh = Run.of(MessageBundle.ZH, "verify", tampered.toString(), "--public-key", pub(), "--lang", "zh");

        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.err()).contains("signed by another key: the latest signature (at 2023-03-02T00:00:00Z) is by key " + attacker.id()
                + ", not by the expected key " + signed().key().id());
        assertThat(zh.exitCode()).isEqualTo(1);
        assertThat(zh.err()).contains("由其他密钥签名").contains(attacker.id()).contains(signed().key().id());
    }

    @Test
    void signaturesEditedInTheFileAloneAreRefused() throws IOException {
        ObjectNode file = read();
        ((ArrayNode) file.get("signatures")).remove(0);

        Run run = Run.en("verify", write(file, "signatures-edited.json").toString(), "--public-key", pub());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("its field signatures holds 2 signatures, but its stream signatures keeps 3 others");
    }

    @Test
    void aKeyWithoutItsPublicHalfBesideItIsBadUsage() throws IOException {
        Path lone = Files.createDirectories(signed().root().resolve("lone")).resolve("campus.key");
        Files.copy(signed().keys().resolve("campus.key"), lone);

        Run run = Run.en("demo", "--students", DemoRuns.STUDENTS, "--key", lone.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read the key " + lone.resolveSibling("campus.pub") + ": no such file");
    }

    @Test
    void aDatabaseCampusIsSignedByDemoKeyAndCheckedByItsUrl() {
        String url = TestDatabases.Kind.H2.newDatabase();
        Run demo = Run.en("demo", "--students", DemoRuns.STUDENTS, "--colleges", DemoRuns.COLLEGES, "--seed", DemoRuns.SEED,
                "--out", signed().root().resolve("db-out").toString(), "--store", url, "--key", signed().keys().resolve("campus.key").toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        Run run = Run.en("verify", url, "--public-key", pub());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("the signed part is intact: key " + signed().key().id());
    }

    // ---------------------------------------------------------------- the attacker's tools: a JSON editor and the chain's formula

    private ObjectNode read() throws IOException {
        return (ObjectNode) json.readTree(signed().file().toFile());
    }

    private Path write(ObjectNode file, String name) throws IOException {
        Path out = signed().root().resolve(name);
        Files.writeString(out, json.writeValueAsString(file), StandardCharsets.UTF_8);
        return out;
    }

    private static String pub() {
        return signed().keys().resolve("campus.pub").toString();
    }

    /**
     * Numbers {@code stream}'s records 1, 2, 3 … in file order, links each to the one before by the documented formula
     * ({@link ChainHash#link}), and moves the stream's checkpoint to its new head.
     */
    private static void rechain(ObjectNode file, String stream) {
        ChainHash previous = ChainHash.GENESIS;
        long sequence = 0;
        for (JsonNode node : file.get("records")) {
            if (node.get("stream").asText().equals(stream)) {
                ObjectNode record = (ObjectNode) node;
                record.put("sequence", ++sequence);
                previous = ChainHash.link(previous, StreamId.of(stream), sequence, record.get("type").asText(),
                        Instant.parse(record.get("recordedAt").asText()), Base64.getDecoder().decode(record.get("payload").asText()));
                record.put("hash", previous.toString());
            }
        }
        ObjectNode checkpoint = ((ObjectNode) file.get("checkpoints")).putObject(stream);
        checkpoint.put("hash", previous.toString());
        checkpoint.put("version", sequence);
    }

    private static String payload(JsonNode record) {
        return new String(Base64.getDecoder().decode(record.get("payload").asText()), StandardCharsets.UTF_8);
    }

    private static int find(ArrayNode records, Predicate<JsonNode> which) {
        for (int i = 0; i < records.size(); i++) {
            if (which.test(records.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such record in the saved campus");
    }

    private static int last(ArrayNode records, String stream) {
        int at = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).get("stream").asText().equals(stream)) {
                at = i;
            }
        }
        return at;
    }

    private static long version(ArrayNode records, String stream) {
        return records.get(last(records, stream)).get("sequence").asLong();
    }

    private static List<String> streams(ArrayNode records) {
        Map<String, Boolean> all = new TreeMap<>();
        records.forEach(r -> all.put(r.get("stream").asText(), true));
        return List.copyOf(all.keySet());
    }
}
