package edu.yiban.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.scoring.json.YibanScoringModule;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the command's JSON files canonically — properties and map keys in name order, decimals as
 * written, no floating point — with the library's mapper, so that the same data gives the same bytes.
 * Long lists put one element on a line, which keeps a file of thousands of students readable with
 * {@code grep} and small.
 */
final class JsonFiles {
    /** The canonical mapper of the core, organisation and scoring types. */
    static final ObjectMapper MAPPER = YibanScoringModule.newMapper();

    private JsonFiles() {
    }

    /** {@code value} as canonical JSON text on one line. */
    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Opens {@code file} for writing UTF-8 text, replacing it. */
    static Writer open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Outputs.cannotWrite(file, e);
        }
    }

    /**
     * Writes an object whose fields are {@code head} (name, value pairs, in name order, before the list),
     * the list {@code listName} one element per line, and {@code tail} (after it, in name order).
     */
    static void writeWithList(Writer out, Object[] head, String listName, Iterable<?> list, Object[] tail) throws IOException {
        out.write("{");
        boolean first = true;
        for (int i = 0; i < head.length; i += 2) {
            out.write((first ? "" : ",") + json(head[i]) + ":" + json(head[i + 1]));
            first = false;
        }
        out.write((first ? "" : ",") + json(listName) + ":[");
        boolean firstItem = true;
        for (Object item : list) {
            out.write((firstItem ? "\n" : ",\n") + json(item));
            firstItem = false;
        }
        out.write("\n]");
        for (int i = 0; i < tail.length; i += 2) {
            out.write("," + json(tail[i]) + ":" + json(tail[i + 1]));
        }
        out.write("}\n");
    }
}
