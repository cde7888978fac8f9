package edu.yiban.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a JSON document against its shipped schema ({@link DocumentSchema}) with the networknt validator,
 * before Jackson reads it: every fault becomes a {@link Violation} at the JSON path of the problem
 * ({@code rules[0].method.rows[2].points}) with the scoring bundle's words in Chinese and English, and all the
 * document's faults are one {@link InvalidInputException}.
 *
 * <pre>{@code
 * SchemaCheck.check(ScoringJson.mapper().readTree(bytes), DocumentSchema.RULE_SET); // throws, naming every fault
 * }</pre>
 */
final class SchemaCheck {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<DocumentSchema, Loaded> LOADED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /**
     * The faults of {@code document} against {@code schema}, by path, one per place and kind; empty if it fits.
     */
    public static List<Violation> faults(JsonNode document, DocumentSchema schema) {
        Objects.requireNonNull(document, "document is null");
        Loaded loaded = LOADED.computeIfAbsent(Objects.requireNonNull(schema, "schema is null"), SchemaCheck::load);
        List<Error> errors = loaded.schema().validate(document);
        Set<Violation> found = new LinkedHashSet<>();
        for (Error error : errors) {
            found.add(Faults.violation(error, loaded.document()));
        }
        List<Violation> sorted = new ArrayList<>(found);
        // as the validator orders its violations, so that a document's faults read the same whichever check found them
        sorted.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return sorted;
    }

    /** Nothing if {@code document} fits {@code schema}; else an {@link InvalidInputException} naming every fault. */
    public static void check(JsonNode document, DocumentSchema schema) {
        List<Violation> faults = faults(document, schema);
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    private static Loaded load(DocumentSchema schema) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(schema.resource())) {
            if (in == null) {
                throw new IllegalStateException("the schema " + schema.resource() + " is missing from the class path");
            }
            JsonNode document = ScoringJson.mapper().readTree(in);
            return new Loaded(document, REGISTRY.getSchema(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + schema.resource(), e);
        }
    }

    private record Loaded(JsonNode document, Schema schema) {
    }
}
