package edu.yiban.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * JSON of the ledger's transport types, whose payload is kept byte for byte as Base64: a saved ledger
 * reads back with every hash still matching. Fields are written in name order, like everything else.
 *
 * <p>Signed heads are written as
 * <pre>
 * {"heads":[{"hash":"&lt;64 hex digits&gt;","stream":"directory","version":18},…],"keyId":"&lt;16 hex digits&gt;",
 *  "signature":"&lt;Base64 of the 64 signature bytes&gt;","signedAt":"2023-03-01T01:00:00Z"}
 * </pre>
 * with the heads in stream-name order and {@code signedAt} an ISO-8601 instant; they read back to equal heads whose
 * signature still verifies.
 */
final class LedgerRecordsJson {
    private LedgerRecordsJson() {
    }

    static void register(SimpleModule module) {
        module.addSerializer(StoredRecord.class, new JsonSerializer<>() {
            @Override
            public void serialize(StoredRecord r, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("hash", r.hash().toString());
                gen.writeStringField("payload", Base64.getEncoder().encodeToString(r.payload()));
                gen.writeNumberField("position", r.position());
                gen.writeStringField("recordedAt", r.recordedAt().toString());
                gen.writeNumberField("sequence", r.sequence());
                gen.writeStringField("stream", r.stream().value());
                gen.writeStringField("type", r.type());
                gen.writeEndObject();
            }
        });
        module.addDeserializer(StoredRecord.class, new JsonDeserializer<>() {
            @Override
            public StoredRecord deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode n = p.readValueAsTree();
                return new StoredRecord(new StreamId(text(n, "stream", ctxt)), number(n, "sequence", ctxt),
                        number(n, "position", ctxt), text(n, "type", ctxt), Instant.parse(text(n, "recordedAt", ctxt)),
                        Base64.getDecoder().decode(text(n, "payload", ctxt)), ChainHash.parse(text(n, "hash", ctxt)));
            }
        });
        module.addSerializer(PendingRecord.class, new JsonSerializer<>() {
            @Override
            public void serialize(PendingRecord r, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("hash", r.hash().toString());
                gen.writeStringField("payload", Base64.getEncoder().encodeToString(r.payload()));
                gen.writeStringField("recordedAt", r.recordedAt().toString());
                gen.writeNumberField("sequence", r.sequence());
                gen.writeStringField("type", r.type());
                gen.writeEndObject();
            }
        });
        module.addDeserializer(PendingRecord.class, new JsonDeserializer<>() {
            @Override
            public PendingRecord deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode n = p.readValueAsTree();
                return new PendingRecord(number(n, "sequence", ctxt), text(n, "type", ctxt),
                        Instant.parse(text(n, "recordedAt", ctxt)), Base64.getDecoder().decode(text(n, "payload", ctxt)),
                        ChainHash.parse(text(n, "hash", ctxt)));
            }
        });
        module.addSerializer(RecordDraft.class, new JsonSerializer<>() {
            @Override
            public void serialize(RecordDraft r, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("payload", Base64.getEncoder().encodeToString(r.payload()));
                gen.writeStringField("type", r.type());
                gen.writeEndObject();
            }
        });
        module.addDeserializer(RecordDraft.class, new JsonDeserializer<>() {
            @Override
            public RecordDraft deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode n = p.readValueAsTree();
                return new RecordDraft(text(n, "type", ctxt), Base64.getDecoder().decode(text(n, "payload", ctxt)));
            }
        });
    }

    /** Adds signed heads, as the class comment shows them. */
    static void registerSignedHeads(SimpleModule module) {
        module.addSerializer(SignedHeads.class, new JsonSerializer<>() {
            @Override
            public void serialize(SignedHeads s, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeArrayFieldStart("heads");
                for (Checkpoint head : s.heads()) {
                    gen.writeStartObject();
                    gen.writeStringField("hash", head.hash().toString());
                    gen.writeStringField("stream", head.stream().value());
                    gen.writeNumberField("version", head.version());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeStringField("keyId", s.keyId());
                gen.writeStringField("signature", Base64.getEncoder().encodeToString(s.signature()));
                gen.writeStringField("signedAt", s.signedAt().toString());
                gen.writeEndObject();
            }
        });
        module.addDeserializer(SignedHeads.class, new JsonDeserializer<>() {
            @Override
            public SignedHeads deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode n = p.readValueAsTree();
                if (n == null || !n.isObject()) {
                    return ctxt.reportInputMismatch(SignedHeads.class, "signed heads must be an object");
                }
                JsonNode array = n.get("heads");
                if (array == null || !array.isArray()) {
                    return ctxt.reportInputMismatch(SignedHeads.class, "field 'heads' must be an array");
                }
                List<Checkpoint> heads = new ArrayList<>(array.size());
                for (JsonNode head : array) {
                    if (!head.isObject()) {
                        return ctxt.reportInputMismatch(SignedHeads.class, "each of 'heads' must be an object");
                    }
                    String stream = text(head, "stream", ctxt);
                    long version = number(head, "version", ctxt);
                    String hash = text(head, "hash", ctxt);
                    heads.add(parsed(ctxt, () -> new Checkpoint(StreamId.of(stream), version, ChainHash.parse(hash))));
                }
                String keyId = text(n, "keyId", ctxt);
                String signature = text(n, "signature", ctxt);
                String signedAt = text(n, "signedAt", ctxt);
                return parsed(ctxt, () -> new SignedHeads(Instant.parse(signedAt), keyId, heads, Base64.getDecoder().decode(signature)));
            }
        });
    }

    /** {@code make}'s value; a refusal (a bad stream name, hash, time or Base64; a stream twice) as a mismatch of the input. */
    private static <T> T parsed(DeserializationContext ctxt, java.util.function.Supplier<T> make) throws IOException {
        try {
            return make.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return ctxt.reportInputMismatch(SignedHeads.class, "signed heads: %s", e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, DeserializationContext ctxt) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return ctxt.reportInputMismatch(String.class, "field '%s' must be a string", field);
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field, DeserializationContext ctxt) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            return ctxt.reportInputMismatch(long.class, "field '%s' must be a whole number", field);
        }
        return value.asLong();
    }
}
