package edu.yiban.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Visibility;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The Jackson module of the core types. Identifiers, terms and vocabulary codes are written as JSON
 * strings ({@code "2022030117"}, {@code "2022-2023-1"}), a cohort as a number ({@code 2022}), points
 * as a decimal number with two places ({@code 12.50}), a visibility as an array of audiences, ledger
 * records with their payload in Base64 (byte for byte), signed heads in their documented file form (the heads, the
 * key id, the signature in Base64 and the ISO-8601 time); records of several parts are written as objects
 * by Jackson's record support. Every type reads back to an equal value.
 *
 * <p>Registering the module twice on one mapper is a no-op (Jackson keys modules by
 * {@link #getTypeId()}). Most users take a ready mapper from {@link YibanJson#newMapper()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanCoreModule extends SimpleModule {
    /** The module's name. */
    public static final String NAME = "yiban-core";

    public YibanCoreModule() {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "edu.yiban", "yiban-core"));
        addString(this, StudentNo.class, StudentNo::value, StudentNo::new);
        addString(this, StaffNo.class, StaffNo::value, StaffNo::new);
        addString(this, PersonId.class, PersonId::value, PersonId::new);
        addString(this, CollegeId.class, CollegeId::value, CollegeId::new);
        addString(this, MajorId.class, MajorId::value, MajorId::new);
        addString(this, ClassId.class, ClassId::value, ClassId::new);
        addString(this, AcademicYear.class, AcademicYear::toString, AcademicYear::parse);
        addString(this, TermId.class, TermId::toString, TermId::parse);
        addString(this, StreamId.class, StreamId::value, StreamId::new);
        addString(this, ChainHash.class, ChainHash::toString, ChainHash::parse);
        addString(this, Category.class, Category::code, Category::new);
        addString(this, SourceSystem.class, SourceSystem::code, SourceSystem::new);
        addString(this, CadrePost.class, CadrePost::code, CadrePost::new);
        addString(this, EntryRef.class, EntryRef::toString, EntryRef::parse);
        addString(this, SpaceId.class, SpaceId::toString, SpaceId::parse);
        addString(this, ContentId.class, ContentId::toString, ContentId::parse);
        LedgerRecordsJson.register(this);
        LedgerRecordsJson.registerSignedHeads(this);
        addSerializer(Visibility.class, new JsonSerializer<>() {
            @Override
            public void serialize(Visibility value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartArray();
                for (Audience audience : value.audiences()) {
                    gen.writeString(audience.name());
                }
                gen.writeEndArray();
            }
        });
        addDeserializer(Visibility.class, new JsonDeserializer<>() {
            @Override
            public Visibility deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                Audience[] audiences = ctxt.readValue(p, Audience[].class);
                // a set that holds a null, so that Visibility refuses it by name instead of an EnumSet failing
                return scalar(() -> new Visibility(new HashSet<>(Arrays.asList(audiences))));
            }
        });
        addSerializer(Cohort.class, new JsonSerializer<>() {
            @Override
            public void serialize(Cohort value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(value.entryYear());
            }
        });
        addDeserializer(Cohort.class, new JsonDeserializer<>() {
            @Override
            public Cohort deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    return (Cohort) ctxt.handleUnexpectedToken(Cohort.class, p);
                }
                int year = p.getIntValue();
                return scalar(() -> new Cohort(year));
            }
        });
        addSerializer(Points.class, new JsonSerializer<>() {
            @Override
            public void serialize(Points value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(value.toBigDecimal());
            }
        });
        addDeserializer(Points.class, new JsonDeserializer<>() {
            @Override
            public Points deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return switch (p.currentToken()) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        java.math.BigDecimal decimal = p.getDecimalValue();
                        yield scalar(() -> Points.of(decimal));
                    }
                    case VALUE_STRING -> {
                        String text = p.getText();
                        yield scalar(() -> Points.of(text));
                    }
                    default -> (Points) ctxt.handleUnexpectedToken(Points.class, p);
                };
            }
        });
    }

    /**
     * Builds a scalar value; a refusal is moved to the JSON path Jackson adds as it unwinds, since the
     * property holding the value names it better than the value's own type does.
     */
    private static <T> T scalar(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            throw e.at("");
        }
    }

    /**
     * Adds {@code type} to {@code module} as a JSON string, also as a map key: another module's identifiers
     * use it to read and write like the core's, a refusal from {@code read} becoming an
     * {@link InvalidInputException} at the JSON path.
     */
    public static <T> void addString(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        module.addKeySerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(write.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getText();
                return scalar(() -> read.apply(text));
            }
        });
        module.addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return read.apply(key);
            }
        });
    }
}
