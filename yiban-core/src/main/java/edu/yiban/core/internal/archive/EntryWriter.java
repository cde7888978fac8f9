package edu.yiban.core.internal.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.internal.archive.ArchiveEvent.EntryRecorded;
import edu.yiban.core.visibility.Audience;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes an {@link EntryRecorded}'s canonical JSON by hand — what the mapper writes, byte for byte, without its
 * reflection, property sorting and map copying: {@code {"entry":{…}}} with the entry's properties in alphabetical
 * order, absent optionals left out, attributes by key, points as a plain decimal, identifiers and codes as strings,
 * the visibility as an array of audiences. An entry with evidence is left to the mapper. {@code EntryWriterProperties}
 * checks the bytes against the mapper's over random entries.
 */
final class EntryWriter {
    private final ObjectMapper mapper;

    EntryWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The record's canonical bytes, or null when the mapper is to write it. */
    byte[] write(EntryRecorded recorded) {
        ArchiveEntry e = recorded.entry();
        if (e.evidence().isPresent()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator gen = mapper.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeFieldName("entry");
            gen.writeStartObject();
            gen.writeFieldName("attributes");
            gen.writeStartObject();
            for (Map.Entry<String, String> attribute : e.attributes().entrySet()) {
                gen.writeStringField(attribute.getKey(), attribute.getValue());
            }
            gen.writeEndObject();
            gen.writeStringField("category", e.category().code());
            gen.writeStringField("date", e.date().toString());
            if (e.dimension().isPresent()) {
                gen.writeStringField("dimension", e.dimension().get().name());
            }
            if (e.points().isPresent()) {
                gen.writeFieldName("points");
                gen.writeNumber(e.points().get().toBigDecimal());
            }
            gen.writeStringField("recordedBy", e.recordedBy().value());
            gen.writeStringField("source", e.source().code());
            gen.writeStringField("term", e.term().toString());
            gen.writeStringField("title", e.title());
            gen.writeFieldName("visibility");
            gen.writeStartArray();
            for (Audience audience : e.visibility().audiences()) {
                gen.writeString(audience.name());
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeEndObject();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }
}
