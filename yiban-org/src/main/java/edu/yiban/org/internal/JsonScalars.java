package edu.yiban.org.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The organisation's single-valued types in JSON: codes as strings (also as map keys), amounts as plain
 * decimal numbers. A value the type refuses is reported at the JSON path that held it.
 */
public final class JsonScalars {
    private JsonScalars() {
    }

    /** Writes {@code type} as a JSON string and a map key, read back with {@code read}. */
    public static <T> void code(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, writer((value, gen) -> gen.writeString(write.apply(value))));
        module.addKeySerializer(type, writer((value, gen) -> gen.writeFieldName(write.apply(value))));
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return atPath(read, p.getText());
            }
        });
        module.addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return atPath(read, key);
            }
        });
    }

    /**
     * Writes {@code type} as a plain JSON decimal number; reads a number, or a decimal written as a string,
     * exactly (the canonical mapper reads floats as {@link BigDecimal}).
     */
    public static <T> void decimal(SimpleModule module, Class<T> type, Function<T, BigDecimal> write, Function<BigDecimal, T> read) {
        module.addSerializer(type, writer((value, gen) -> gen.writeNumber(write.apply(value))));
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                BigDecimal decimal = switch (p.currentToken()) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                    case VALUE_STRING -> parse(p.getText());
                    default -> null;
                };
                return decimal == null ? type.cast(ctxt.handleUnexpectedToken(type, p)) : atPath(read, decimal);
            }
        });
    }

    /** Writes one value to a generator. */
    private interface Write<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    private static <T> JsonSerializer<T> writer(Write<T> write) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                write.write(value, gen);
            }
        };
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Builds a value; a refusal is moved to the JSON path Jackson adds as it unwinds. */
    private static <S, T> T atPath(Function<S, T> read, S source) {
        try {
            return read.apply(source);
        } catch (InvalidInputException e) {
            throw e.at("");
        }
    }
}
