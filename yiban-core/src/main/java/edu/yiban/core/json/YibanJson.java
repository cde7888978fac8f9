package edu.yiban.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.internal.CoreMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The library's JSON: canonical, so that the same value always gives the same bytes (properties and
 * map keys sorted, no white space, dates as ISO-8601 text, decimals written plain, empty optionals
 * left out) and strict on reading (an unknown property is an error).
 *
 * <pre>{@code
 * ObjectMapper json = YibanJson.newMapper();
 * byte[] bytes = json.writeValueAsBytes(entry);
 * ArchiveEntry back = YibanJson.read(json, bytes, ArchiveEntry.class); // bad input: InvalidInputException
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanJson {
    private YibanJson() {
    }

    /** A new mapper with the core module and the canonical settings; other modules' mappers add their modules to it. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new YibanCoreModule())
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // records write their components; a helper like isLeaf() is not a property
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
                .build();
    }

    /** Writes {@code value} canonically. */
    public static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * Reads a {@code type} from {@code json}. Malformed JSON, an unknown property or a value a type refuses
     * becomes an {@link InvalidInputException} whose violations name the JSON path, e.g. {@code entries[3].term}.
     */
    public static <T> T read(ObjectMapper mapper, byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    /**
     * Reads a {@code type} from the stream {@code json}, which is closed, as {@link #read(ObjectMapper, byte[], Class)}
     * does; a stream that cannot be read is an {@link UncheckedIOException} naming the type.
     */
    public static <T> T read(ObjectMapper mapper, InputStream json, Class<T> type) {
        return read(mapper, bytes(json, type), type);
    }

    /**
     * Every byte of the stream {@code json}, which is closed; a stream that cannot be read is an
     * {@link UncheckedIOException} naming the {@code type} it was to hold.
     */
    public static byte[] bytes(InputStream json, Class<?> type) {
        Objects.requireNonNull(json, "json is null");
        try (json) {
            return json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + type.getSimpleName() + " JSON", e);
        }
    }

    /**
     * A preset read by {@code read} from the resource {@code path}, opened by the caller — {@code
     * Preset.class.getResourceAsStream(path)} — so that a module reads its own resources on the module path too.
     *
     * @param in   the resource, or null if it is missing
     * @throws IllegalStateException if the resource is missing, which is a packaging mistake
     */
    public static <T> T resource(InputStream in, String path, Function<InputStream, T> read) {
        if (in == null) {
            throw new IllegalStateException("the preset " + path + " is missing from the class path");
        }
        return read.apply(in);
    }

    private static RuntimeException invalid(IOException e) {
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return path.isEmpty() ? invalid : invalid.under(path);
            }
        }
        if (!(e instanceof JsonProcessingException processing)) {
            return new UncheckedIOException(e);
        }
        return InvalidInputException.of(path, CoreMessages.BUNDLE.text("json.malformed", processing.getOriginalMessage()));
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
