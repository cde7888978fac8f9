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
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

/**
 * JSON of the ledger's transport types, whose payload is kept byte for byte as Base64: a saved ledger
 * reads back with every hash still matching. Fields are written in name order, like everything else.
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
