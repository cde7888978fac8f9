package edu.yiban.org.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.json.YibanJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The JSON ways of the organisation module that know none of its types, so that every package can use them:
 * a mapper with some of the module's types, and a type written as a decimal number. The organisation's
 * Jackson module ({@code edu.yiban.org.json.YibanOrgModule}) registers all of them; a package that reads or
 * writes its own records builds a mapper with its own types, the same serializers, so the bytes are the same.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class OrgJson {
    private OrgJson() {
    }

    /**
     * A canonical mapper of {@link YibanJson} with a module named {@code name} that {@code types} fills.
     * A configured mapper is safe to share between threads and costly to build: keep it in a constant.
     */
    public static ObjectMapper newMapper(String name, Consumer<SimpleModule> types) {
        SimpleModule module = new SimpleModule(name);
        types.accept(module);
        return YibanJson.newMapper().registerModule(module);
    }

    /**
     * Adds {@code type} to {@code module} as a plain decimal number ({@code 400000.00}), read from a number or
     * from a decimal in a string; a refusal from {@code fromNumber} or {@code fromText} becomes an
     * {@link InvalidInputException} at the JSON path.
     */
    public static <T> void addDecimal(SimpleModule module, Class<T> type, Function<T, BigDecimal> write,
            Function<BigDecimal, T> fromNumber, Function<String, T> fromText) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(write.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return switch (p.currentToken()) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        BigDecimal decimal = p.getDecimalValue();
                        yield atPath(() -> fromNumber.apply(decimal));
                    }
                    case VALUE_STRING -> {
                        String text = p.getText();
                        yield atPath(() -> fromText.apply(text));
                    }
                    default -> type.cast(ctxt.handleUnexpectedToken(type, p));
                };
            }
        });
    }

    /** Builds a value; a refusal is moved to the JSON path Jackson adds as it unwinds. */
    private static <T> T atPath(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            throw e.at("");
        }
    }
}
