package edu.yiban.importers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.json.YibanJson;
import edu.yiban.importers.internal.ImporterMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Which header holds which {@link RosterField} (列映射): a JSON preset a campus writes for its own system's export,
 * without code. Several headers may name one field (aliases); headers are compared without white space, so
 * {@code 辅导员 工号} is {@code 辅导员工号}.
 *
 * <pre>{@code
 * // {"学号": "studentNo", "学生姓名": "name", "行政班": "class"}
 * ColumnMapping mapping = ColumnMapping.fromJson(Files.newInputStream(Path.of("our-roster.json")));
 * }</pre>
 *
 * @param columns header → field
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ColumnMapping(Map<String, RosterField> columns) {
    private static final String DEFAULT = "roster-default.json";

    public ColumnMapping {
        Objects.requireNonNull(columns, "columns is null");
        Map<String, RosterField> normalised = new LinkedHashMap<>();
        columns.forEach((header, field) -> normalised.put(normalise(header), Objects.requireNonNull(field, "field is null")));
        columns = Map.copyOf(normalised);
        String missing = Arrays.stream(RosterField.values()).filter(RosterField::required)
                .filter(field -> !normalised.containsValue(field)).map(RosterField::key).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("columns", ImporterMessages.BUNDLE.text("mapping.missing", missing));
        }
    }

    /** The bundled preset: 学号, 姓名, 学院, 专业, 年级, 班级 and 辅导员工号. */
    public static ColumnMapping defaults() {
        return YibanJson.resource(ColumnMapping.class.getResourceAsStream(DEFAULT), DEFAULT, ColumnMapping::fromJson);
    }

    /**
     * A preset from JSON, an object of header → field key ({@code studentNo}, {@code name}, {@code college},
     * {@code major}, {@code cohort}, {@code class}, {@code counsellor}); the stream is closed. A malformed preset,
     * an unknown field or a missing required one is an {@link InvalidInputException} naming the header.
     */
    public static ColumnMapping fromJson(InputStream json) {
        ObjectMapper mapper = YibanJson.newMapper();
        Map<String, String> raw;
        try (json) {
            raw = mapper.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InvalidInputException.of("", ImporterMessages.BUNDLE.text("mapping.malformed", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, RosterField> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String key = entry.getValue() == null ? "" : entry.getValue();
            columns.put(entry.getKey(), RosterField.ofKey(key).orElseThrow(() -> InvalidInputException.of(entry.getKey(),
                    ImporterMessages.BUNDLE.text("mapping.field", key, Arrays.stream(RosterField.values())
                            .map(RosterField::key).collect(Collectors.joining(", "))))));
        }
        return new ColumnMapping(columns);
    }

    /** The field under {@code header}, if the mapping names it. */
    public Optional<RosterField> fieldOf(String header) {
        return Optional.ofNullable(columns.get(normalise(header)));
    }

    private static String normalise(String header) {
        return header.replaceAll("\\s+", "");
    }
}
