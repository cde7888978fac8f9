package edu.yiban.scoring.internal.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.scoring.internal.DocumentSchema;
import edu.yiban.scoring.internal.ScoringJson;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Makes the JSON Schema (draft 2020-12) of a record type, by reflection, as the library's Jackson mapper reads
 * it ({@link edu.yiban.scoring.json.YibanScoringModule#newMapper()}: unknown fields refused, records by their
 * components):
 * <ul>
 *   <li>a record is an object in {@code $defs} (named like {@code Rule.Table}) with its components as properties,
 *       named as {@code @JsonProperty} renames them, {@code additionalProperties: false}, and {@code required} the
 *       components annotated {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty};</li>
 *   <li>{@code Optional<T>} is {@code T}, not required; {@code List<T>} and {@code Set<T>} arrays of {@code T};
 *       {@code Map<K, T>} an object whose values are {@code T}; an enum its constants' names; {@code BigDecimal} a
 *       number; {@code Integer} and {@code Long} whole numbers in their range; {@code Boolean} a boolean;</li>
 *   <li>a sealed interface with {@code @JsonTypeInfo(use = NAME)} and {@code @JsonSubTypes} an object whose
 *       {@code "type"} is one of the subtypes' names, each subtype checked by an {@code if}/{@code then} on that
 *       name (clearer errors than a {@code oneOf}, which reports every branch that failed);</li>
 *   <li>{@code @Size} gives {@code minItems}/{@code maxItems}, {@code minLength}/{@code maxLength} or
 *       {@code minProperties}/{@code maxProperties}; {@code @NotEmpty} and {@code @NotBlank} a minimum of 1; on a
 *       type argument ({@code List<@Size(max = 200) String>}) they hold for each element;</li>
 *   <li>the core value types ({@code AcademicYear}, {@code Category} …) by their JSON forms, see {@link ValueForms}.</li>
 * </ul>
 * A type it cannot describe faithfully (a Jackson feature it does not follow, a class of unknown JSON form) is
 * an {@link IllegalArgumentException} naming it, so that a schema never silently differs from the reading.
 * Null is never a value: a field that may be absent is left out.
 *
 * <pre>{@code
 * ObjectNode schema = SchemaGenerator.generate(RuleSet.class, "urn:yiban-kit:scoring:rule-set", Descriptions.NONE);
 * }</pre>
 */
final class SchemaGenerator {
    /** The dialect of every schema made. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** Where the definitions are, as a {@code $ref} prefix. */
    static final String DEFS = "#/$defs/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Descriptions descriptions;
    /** The scoring mapper's reading, asked which records it reads as objects. */
    private final DeserializationContext jackson;
    /** Definitions by name, sorted, so that the same types always give the same bytes. */
    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();

    private SchemaGenerator(Descriptions descriptions) {
        this.descriptions = Objects.requireNonNull(descriptions, "descriptions is null");
        ObjectMapper mapper = ScoringJson.mapper();
        this.jackson = ((DefaultDeserializationContext) mapper.getDeserializationContext()).createDummyInstance(mapper.getDeserializationConfig());
    }

    /**
     * The schema of {@code root} with the {@code $id} {@code id}: a {@code $ref} to the root's definition and every
     * type it reaches in {@code $defs}.
     *
     * @throws IllegalArgumentException if {@code root} or a type it reaches cannot be described
     */
    public static ObjectNode generate(Class<?> root, String id, Descriptions descriptions) {
        if (!root.isRecord()) {
            throw new IllegalArgumentException(root.getName() + " is not a record");
        }
        SchemaGenerator generator = new SchemaGenerator(descriptions);
        String rootRef = generator.ref(root);
        ObjectNode rootDef = Objects.requireNonNull(generator.defs.get(name(root)), "ref(root) defines the root");
        if (generator.defs.values().stream().anyMatch(def -> def.findValues("$ref").stream().anyMatch(r -> r.asText().equals(rootRef)))) {
            throw new IllegalArgumentException(root.getName() + " is also held inside itself, where no \"$schema\" member may stand");
        }
        // a document may name its schema for an editor; ScoringJson.read leaves the member out before Jackson reads it
        ObjectNode properties = NODES.objectNode();
        properties.putObject(DocumentSchema.SCHEMA_MEMBER).put("type", "string").put("description", "the JSON Schema this document follows, for editors,"
                + " e.g. ./" + id.substring(id.lastIndexOf(':') + 1) + ".schema.json; the library reads past it");
        properties.setAll((ObjectNode) rootDef.get("properties"));
        rootDef.set("properties", properties);
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", id);
        schema.put("title", name(root));
        descriptions.ofType(root).ifPresent(d -> schema.put("description", d));
        schema.put("$ref", rootRef);
        ObjectNode all = schema.putObject("$defs");
        generator.defs.forEach(all::set);
        return schema;
    }

    /** The definition's name of {@code type}: its simple name after its enclosing types', e.g. {@code Rule.Table}. */
    static String name(Class<?> type) {
        String binary = type.getName().substring(type.getPackageName().isEmpty() ? 0 : type.getPackageName().length() + 1);
        return binary.replace('$', '.');
    }

    /** A {@code $ref} to the definition of {@code type}, made on first use. */
    private String ref(Class<?> type) {
        String name = name(type);
        Class<?> before = named.putIfAbsent(name, type);
        if (before != null && before != type) {
            throw new IllegalArgumentException("two types would share the definition " + name + ": " + before.getName() + " and " + type.getName());
        }
        if (before == null) {
            ObjectNode def = NODES.objectNode();
            defs.put(name, def); // before filling it, so that a recursive type ends here
            fill(def, type);
        }
        return DEFS + name;
    }

    private void fill(ObjectNode def, Class<?> type) {
        def.put("title", name(type));
        descriptions.ofType(type).ifPresent(d -> def.put("description", d));
        Optional<ObjectNode> value = ValueForms.of(type);
        if (type.isRecord() && value.isPresent() == readAsObject(type)) {
            throw new IllegalArgumentException(type.getName() + (value.isPresent()
                    ? " is read by Jackson as an object, but ValueForms gives it another JSON form"
                    : " is read by Jackson by a rule of its own: add its JSON form to ValueForms"));
        }
        if (value.isPresent()) {
            def.setAll(value.get());
        } else if (type.isEnum()) {
            ArrayNode values = def.putArray("enum");
            constants(type).forEach(values::add);
        } else if (type.isRecord()) {
            object(def, type, null);
        } else if (type.isInterface() && type.isSealed() && type.isAnnotationPresent(JsonTypeInfo.class)) {
            sealed(def, type);
        } else {
            throw new IllegalArgumentException("no JSON form is known for " + type.getName()
                    + ": make it a record, an enum or a sealed interface with @JsonTypeInfo, or add its form to ValueForms");
        }
    }

    /** Whether the mapper reads {@code type} as an object of its properties (not by a deserializer of its own). */
    private boolean readAsObject(Class<?> type) {
        try {
            return jackson.findRootValueDeserializer(jackson.constructType(type)) instanceof BeanDeserializerBase;
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException("Jackson cannot read " + type.getName(), e);
        }
    }

    /** The names Jackson reads for the constants of {@code type}: {@code @JsonProperty} if set, else {@code name()}. */
    private static List<String> constants(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                Field field = type.getField(name);
                JsonProperty renamed = field.getAnnotation(JsonProperty.class);
                names.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("the enum constant " + name + " has no field", e);
            }
        }
        return names;
    }

    /** A record as an object; for a subtype, {@code typeNames} gives the value of its {@code "type"}. */
    private void object(ObjectNode def, Class<?> type, @Nullable List<String> typeNames) {
        def.put("type", "object");
        ObjectNode properties = def.putObject("properties");
        List<String> required = new ArrayList<>();
        if (typeNames != null) {
            properties.set("type", oneValue(typeNames));
            required.add("type");
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (annotation(component, JsonIgnore.class).isPresent()) {
                throw new IllegalArgumentException(type.getName() + "." + component.getName() + " is @JsonIgnore'd, which the schema does not follow");
            }
            String property = annotation(component, JsonProperty.class).map(JsonProperty::value).filter(v -> !v.isEmpty())
                    .orElse(component.getName());
            if (properties.has(property)) {
                throw new IllegalArgumentException(type.getName() + " has the property " + property + " twice");
            }
            AnnotatedType annotated = component.getAnnotatedType();
            ObjectNode schema = value(annotated, type.getName() + "." + component.getName());
            descriptions.ofComponent(component).ifPresent(d -> schema.put("description", d));
            properties.set(property, schema);
            if (isRequired(component)) {
                required.add(property);
            }
        }
        if (!required.isEmpty()) {
            ArrayNode names = def.putArray("required");
            required.forEach(names::add);
        }
        def.put("additionalProperties", false);
    }

    /**
     * A sealed interface read by {@code "type"}: an object whose {@code type} is one of the subtypes' names, and
     * for each name an {@code if} that name {@code then} the subtype.
     */
    private void sealed(ObjectNode def, Class<?> type) {
        JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
        if (info.use() != JsonTypeInfo.Id.NAME || info.include() != JsonTypeInfo.As.PROPERTY || !"type".equals(info.property())
                || (info.defaultImpl() != JsonTypeInfo.class && info.defaultImpl() != Void.class)) {
            throw new IllegalArgumentException(type.getName() + ": only @JsonTypeInfo(use = NAME, property = \"type\") without a defaultImpl is followed");
        }
        JsonSubTypes subTypes = type.getAnnotation(JsonSubTypes.class);
        if (subTypes == null) {
            throw new IllegalArgumentException(type.getName() + " names no @JsonSubTypes");
        }
        Set<Class<?>> permitted = new LinkedHashSet<>(Arrays.asList(type.getPermittedSubclasses()));
        List<String> all = new ArrayList<>();
        ArrayNode cases = NODES.arrayNode();
        for (JsonSubTypes.Type subType : subTypes.value()) {
            Class<?> subclass = subType.value();
            if (!subclass.isRecord() || !permitted.remove(subclass)) {
                throw new IllegalArgumentException(subclass.getName() + " is not a record permitted by " + type.getName());
            }
            List<String> names = typeNames(subType);
            all.addAll(names);
            ObjectNode when = NODES.objectNode();
            when.put("type", "object");
            when.putObject("properties").set("type", oneValue(names));
            when.putArray("required").add("type");
            ObjectNode branch = cases.addObject();
            branch.set("if", when);
            branch.putObject("then").put("$ref", subtype(subclass, names));
        }
        if (!permitted.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " permits " + permitted + ", which its @JsonSubTypes do not name");
        }
        def.put("type", "object");
        ArrayNode kinds = def.putObject("properties").putObject("type").putArray("enum");
        all.forEach(kinds::add);
        def.putArray("required").add("type");
        def.set("allOf", cases);
    }

    private static List<String> typeNames(JsonSubTypes.Type subType) {
        List<String> names = new ArrayList<>();
        if (!subType.name().isEmpty()) {
            names.add(subType.name());
        } else if (subType.value().isAnnotationPresent(JsonTypeName.class)) {
            names.add(subType.value().getAnnotation(JsonTypeName.class).value());
        } else {
            names.add(subType.value().getSimpleName());
        }
        for (String alias : subType.names()) {
            if (!names.contains(alias)) {
                names.add(alias);
            }
        }
        return names;
    }

    /** The definition of a subtype, an object with its {@code "type"}. */
    private String subtype(Class<?> subclass, List<String> names) {
        String name = name(subclass);
        if (named.putIfAbsent(name, subclass) != null) {
            throw new IllegalArgumentException(subclass.getName() + " is a subtype of two sealed types, or also used on its own");
        }
        ObjectNode def = NODES.objectNode();
        defs.put(name, def);
        def.put("title", name);
        descriptions.ofType(subclass).ifPresent(d -> def.put("description", d));
        object(def, subclass, names);
        return DEFS + name;
    }

    private static ObjectNode oneValue(List<String> names) {
        ObjectNode schema = NODES.objectNode();
        if (names.size() == 1) {
            schema.put("const", names.get(0));
        } else {
            ArrayNode values = schema.putArray("enum");
            names.forEach(values::add);
        }
        return schema;
    }

    /** The schema of a value of {@code annotated}'s type, with the sizes its annotations set; {@code where} names it in errors. */
    private ObjectNode value(AnnotatedType annotated, String where) {
        Type type = annotated.getType();
        Class<?> raw = raw(type, where);
        ObjectNode schema = NODES.objectNode();
        if (raw == Optional.class) {
            return value(argument(annotated, 0, where), where);
        }
        if (raw.isArray() && raw != byte[].class) {
            if (!(annotated instanceof AnnotatedArrayType array)) {
                throw new IllegalArgumentException(where + ": an array without its component type");
            }
            schema.put("type", "array");
            schema.set("items", value(array.getAnnotatedGenericComponentType(), where));
            sizes(schema, annotated, "Items");
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (!List.class.isAssignableFrom(raw) && !Set.class.isAssignableFrom(raw) && raw != Collection.class) {
                throw new IllegalArgumentException(where + ": the collection " + raw.getName() + " is not followed");
            }
            schema.put("type", "array");
            schema.set("items", value(argument(annotated, 0, where), where));
            sizes(schema, annotated, "Items");
        } else if (Map.class.isAssignableFrom(raw)) {
            Class<?> key = raw(argument(annotated, 0, where).getType(), where);
            if (key != String.class && ValueForms.of(key).map(f -> !"string".equals(f.path("type").asText())).orElse(true)) {
                throw new IllegalArgumentException(where + ": a map keyed by " + key.getName() + " is not followed");
            }
            schema.put("type", "object");
            schema.set("additionalProperties", value(argument(annotated, 1, where), where));
            sizes(schema, annotated, "Properties");
        } else if (raw == String.class) {
            schema.put("type", "string");
            sizes(schema, annotated, "Length");
        } else if (raw == Boolean.class || raw == boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == Integer.class || raw == int.class) {
            wholeNumber(schema, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Long.class || raw == long.class) {
            wholeNumber(schema, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == Short.class || raw == short.class) {
            wholeNumber(schema, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (raw == BigInteger.class) {
            schema.put("type", "integer");
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            schema.put("type", "number");
        } else if (raw.isPrimitive() || raw == Object.class || raw == byte[].class) {
            throw new IllegalArgumentException(where + ": " + raw.getName() + " is not followed");
        } else {
            schema.put("$ref", ref(raw));
        }
        return schema;
    }

    private static void wholeNumber(ObjectNode schema, long min, long max) {
        schema.put("type", "integer");
        schema.put("minimum", min);
        schema.put("maximum", max);
    }

    /** {@code minItems}/{@code maxItems} (or {@code …Length}, {@code …Properties}) from {@code @Size}, {@code @NotEmpty}, {@code @NotBlank}. */
    private static void sizes(ObjectNode schema, AnnotatedType annotated, String suffix) {
        int min = 0;
        int max = Integer.MAX_VALUE;
        Size size = annotated.getAnnotation(Size.class);
        if (size != null) {
            min = size.min();
            max = size.max();
        }
        if (annotated.isAnnotationPresent(NotEmpty.class) || annotated.isAnnotationPresent(NotBlank.class)) {
            min = Math.max(min, 1);
        }
        if (min > 0) {
            schema.put("min" + suffix, min);
        }
        if (max < Integer.MAX_VALUE) {
            schema.put("max" + suffix, max);
        }
    }

    private static boolean isRequired(RecordComponent component) {
        return annotation(component, NotNull.class).isPresent() || annotation(component, NotBlank.class).isPresent()
                || annotation(component, NotEmpty.class).isPresent();
    }

    /**
     * An annotation of a record component wherever Java keeps it: on its type (a type-use annotation such as
     * {@code @NotNull}), on its accessor or on its field (a declaration annotation such as {@code @JsonProperty}).
     */
    private static <A extends Annotation> Optional<A> annotation(RecordComponent component, Class<A> kind) {
        List<AnnotatedElement> places = new ArrayList<>(List.of(component.getAnnotatedType(), component.getAccessor(), component));
        try {
            places.add(component.getDeclaringRecord().getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the record component " + component + " has no field", e);
        }
        return places.stream().map(p -> p.getAnnotation(kind)).filter(Objects::nonNull).findFirst();
    }

    private static AnnotatedType argument(AnnotatedType annotated, int index, String where) {
        if (!(annotated instanceof AnnotatedParameterizedType parameterized)) {
            throw new IllegalArgumentException(where + ": " + annotated.getType().getTypeName() + " without its type arguments");
        }
        return parameterized.getAnnotatedActualTypeArguments()[index];
    }

    private static Class<?> raw(Type type, String where) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException(where + ": the type " + type.getTypeName() + " is not followed (a type variable, wildcard or generic array)");
    }
}
