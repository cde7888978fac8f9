package edu.yiban.org.internal.budget;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.org.budget.BudgetCategoryId;
import edu.yiban.org.budget.Money;
import java.io.IOException;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * JSON of the budget types that Jackson's record support does not write by itself: money as a plain
 * decimal number with two places ({@code 400000.00}; read from a number, or a decimal in a string,
 * exactly), category codes as strings.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class BudgetJson {
    private BudgetJson() {
    }

    /** Adds the budget serializers and deserializers to the organisation module. */
    public static void register(SimpleModule module) {
        YibanCoreModule.addString(module, BudgetCategoryId.class, BudgetCategoryId::value, BudgetCategoryId::new);
        module.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(value.amount());
            }
        });
        module.addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return switch (p.currentToken()) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        java.math.BigDecimal decimal = p.getDecimalValue();
                        yield atPath(() -> Money.of(decimal));
                    }
                    case VALUE_STRING -> {
                        String text = p.getText();
                        yield atPath(() -> Money.of(text));
                    }
                    default -> (Money) ctxt.handleUnexpectedToken(Money.class, p);
                };
            }
        });
    }

    /** Builds an amount; a refusal is moved to the JSON path Jackson adds as it unwinds. */
    private static Money atPath(Supplier<Money> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            throw e.at("");
        }
    }
}
