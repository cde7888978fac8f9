package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** yiban verify: 0 for an intact campus; 1, naming the record, when one byte was changed or a record cut. */
class VerifyCommandTest {
    private final DemoRuns runs = DemoRuns.get();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anIntactSavedCampusVerifies() {
        Run run = Run.en("verify", runs.saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("every hash chain is intact");
    }

    @Test
    void oneByteChangedInARecordExitsOneNamingItsStreamAndSequence() throws IOException {
        List<String> lines = Files.readAllLines(runs.saved, StandardCharsets.UTF_8);
        int at = indexOf(lines, "\"sequence\":3,\"stream\":\"archive:");
        ObjectNode record = (ObjectNode) json.readTree(trimComma(lines.get(at)));
        byte[] payload = Base64.getDecoder().decode(record.get("payload").asText());
        payload[payload.length / 2] ^= 0x01;                              // one bit of one byte
        record.put("payload", Base64.getEncoder().encodeToString(payload));
        String stream = record.get("stream").asText();
        Path tampered = write(lines, at, json.writeValueAsString(record) + (lines.get(at).endsWith(",") ? "," : ""));

        Run run = Run.en("verify", tampered.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("stream " + stream + ", record 3").contains("ALTERED");
    }

    @Test
    void aRecordCutFromTheEndOfAStreamIsFoundAgainstItsCheckpoint() throws IOException {
        List<String> lines = Files.readAllLines(runs.saved, StandardCharsets.UTF_8);
        // the directory stream's last record: its checkpoint in the file still names it
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"stream\":\"directory\"")) {
                last = i;
            }
        }
        List<String> cut = new ArrayList<>(lines);
        cut.remove(last);
        if (cut.get(cut.size() - 2).endsWith(",") && cut.get(cut.size() - 1).startsWith("]")) {
            cut.set(cut.size() - 2, trimComma(cut.get(cut.size() - 2)));
        }
        Path file = runs.root.resolve("cut.json");
        Files.write(file, cut, StandardCharsets.UTF_8);

        Run run = Run.en("verify", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("stream directory").contains("MISSING");
    }

    @Test
    void aTamperedCampusIsNotEvaluated() throws IOException {
        List<String> lines = Files.readAllLines(runs.saved, StandardCharsets.UTF_8);
        int at = indexOf(lines, "\"stream\":\"organisation\"");
        Path tampered = write(lines, at, lines.get(at).replaceFirst("\"recordedAt\":\"2022", "\"recordedAt\":\"2021"));

        Run run = Run.en("evaluate", tampered.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("organisation").contains("yiban verify");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    private Path write(List<String> lines, int at, String replacement) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.set(at, replacement);
        Path file = Files.createTempFile(runs.root, "tampered-", ".json");
        Files.write(file, copy, StandardCharsets.UTF_8);
        return file;
    }

    private static String trimComma(String line) {
        return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
    }
}
