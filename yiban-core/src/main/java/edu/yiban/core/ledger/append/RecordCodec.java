package edu.yiban.core.ledger.append;

import edu.yiban.core.access.Acting;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import edu.yiban.core.access.Actor;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Turns a module's typed records into ledger drafts and back: each record class has a stable type
 * name, and its payload is the record's canonical JSON ({@link YibanJson}), led by the field {@code "@by"}: the
 * {@link Actor} of the calling thread, who wrote it. Before a record is encoded, the codec's {@link Admission} (the
 * module's question to the runtime's access policy) admits it or throws, so that a refused command writes nothing.
 *
 * <pre>{@code
 * RecordCodec<DirectoryEvent> codec = RecordCodec.builder(DirectoryEvent.class, YibanJson.newMapper())
 *         .add("directory.college-added", CollegeAdded.class)
 *         .build();
 * ledger.append(stream, version, List.of(codec.encode(stream, new CollegeAdded(college))));
 * DirectoryEvent back = codec.decode(storedRecord);
 * }</pre>
 *
 * @param <T> the common type of the module's records
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RecordCodec<T> {
    private final ObjectMapper mapper;
    private final Map<String, Class<? extends T>> byName;
    private final Map<Class<?>, String> byClass;

    private final Map<Class<?>, Writer<?>> writers;
    private final @Nullable Admission<T> admission;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /** The field, first in every payload, that names the record's actor. */
    public static final String ACTOR_FIELD = "@by";
    private static final byte[] ACTOR_OPENING = ("{\"" + ACTOR_FIELD + "\":").getBytes(StandardCharsets.US_ASCII);
    private static final DeserializationProblemHandler SKIP_ACTOR = new DeserializationProblemHandler() {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            if (!ACTOR_FIELD.equals(propertyName)) {
                return false;
            }
            p.skipChildren();
            return true;
        }
    };

    /**
     * A module's question to the access policy about one record it is about to write: returns if the calling
     * thread's actor may write it, throws (an {@code AccessDeniedException}) if not.
     *
     * @param <R> the module's records
     */
    @FunctionalInterface
    public interface Admission<R> {
        /** Returns if {@code record} may be written to {@code stream} by the calling thread's actor; throws if not. */
        void admit(StreamId stream, R record);
    }

    /**
     * A hand-written writer of one record class's canonical bytes, for a class written so often that Jackson's
     * reflective writing shows (an import's archive entries). It must give byte for byte what the mapper gives, or
     * null to leave a record to the mapper. The array it returns is handed over: the codec keeps it as the record's
     * payload without a copy, so the writer must return a new array each time and never change it afterwards.
     *
     * @param <R> the record class
     */
    @FunctionalInterface
    public interface Writer<R> {
        /** {@code record}'s canonical bytes, or null: the mapper writes it. */
        byte @Nullable [] write(R record);
    }

    private RecordCodec(ObjectMapper mapper, Map<String, Class<? extends T>> byName, Map<Class<?>, Writer<?>> writers,
                        @Nullable Admission<T> admission) {
        this.mapper = mapper;
        this.admission = admission;
        this.writers = Map.copyOf(writers);
        this.byName = Map.copyOf(byName);
        Map<Class<?>, String> reverse = new HashMap<>();
        byName.forEach((name, type) -> reverse.put(type, name));
        this.byClass = Map.copyOf(reverse);
    }

    /** A builder of a codec for records of {@code base}, written with {@code mapper}. */
    public static <T> Builder<T> builder(Class<T> base, ObjectMapper mapper) {
        return new Builder<>(base, mapper);
    }

    /**
     * The draft of {@code record} for {@code stream}, once admitted: its type name and canonical bytes, led by the calling thread's actor.
     *
     * @throws edu.yiban.core.access.AccessDeniedException if the codec's admission refuses the record
     */
    public RecordDraft encode(StreamId stream, T record) {
        String type = byClass.get(record.getClass());
        if (type == null) {
            throw new IllegalArgumentException("no type name is registered for " + record.getClass().getName());
        }
        if (admission != null) {
            admission.admit(stream, record);
        }
        @SuppressWarnings("unchecked")
        Writer<T> writer = (Writer<T>) writers.get(record.getClass());
        byte[] written = writer == null ? null : writer.write(record);
        return RecordDraft.handedOver(type, stamped(written != null ? written : YibanJson.write(mapper, record), Acting.current()));
    }

    /** {@code json}, a JSON object, with {@code "@by": actor} as its first field. */
    static byte[] stamped(byte[] json, Actor actor) {
        if (json.length < 2 || json[0] != '{') {
            throw new IllegalArgumentException("a record's payload is a JSON object");
        }
        byte[] by = actorJson(actor);
        boolean empty = json.length == 2;
        byte[] out = new byte[ACTOR_OPENING.length + by.length + (empty ? 1 : json.length)];
        System.arraycopy(ACTOR_OPENING, 0, out, 0, ACTOR_OPENING.length);
        System.arraycopy(by, 0, out, ACTOR_OPENING.length, by.length);
        int at = ACTOR_OPENING.length + by.length;
        if (empty) {
            out[at] = '}';
        } else {
            out[at] = ',';
            System.arraycopy(json, 1, out, at + 1, json.length - 1);
        }
        return out;
    }

    /** The last actor written and its JSON: an import writes many records by one actor. */
    private static volatile Stamp lastStamp = new Stamp(Actor.app(), json(Actor.app()));

    private record Stamp(Actor actor, byte[] json) {
    }

    /** {@code actor} as a canonical JSON object (never changed by callers), from the last one written where it is the same. */
    private static byte[] actorJson(Actor actor) {
        Stamp last = lastStamp;
        if (last.actor().equals(actor)) {
            return last.json();
        }
        Stamp now = new Stamp(actor, json(actor));
        lastStamp = now;
        return now.json();
    }

    /** {@code actor} as a canonical JSON object: {@code {"app":true}}, or its {@code person} and {@code source}. */
    private static byte[] json(Actor actor) {
        if (actor.isApp()) {
            return "{\"app\":true}".getBytes(StandardCharsets.US_ASCII);
        }
        StringBuilder json = new StringBuilder(64).append('{');
        actor.person().ifPresent(p -> json.append("\"person\":\"").append(p).append('"'));
        actor.source().ifPresent(s -> json.append(json.length() > 1 ? "," : "").append("\"source\":\"").append(s.code()).append('"'));
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The actor {@code stored} names in its leading {@code "@by"} field; empty for a record written before records named
     * their actor, or by a writer that is not a codec.
     */
    public static Optional<Actor> actorOf(StoredRecord stored) {
        try (JsonParser p = ACTOR_PARSER.createParser(stored.payloadStream())) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !ACTOR_FIELD.equals(p.currentName()) || p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<PersonId> person = Optional.empty();
            Optional<SourceSystem> source = Optional.empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "person" -> person = Optional.of(PersonId.of(p.getText()));
                    case "source" -> source = Optional.of(SourceSystem.of(p.getText()));
                    default -> p.skipChildren();
                }
            }
            return Optional.of(new Actor(person, source));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory ACTOR_PARSER = new com.fasterxml.jackson.core.JsonFactory();

    /** Whether {@code type} is one of this codec's names. */
    public boolean knows(String type) {
        return byName.containsKey(type);
    }

    /** The record stored in {@code stored}. */
    public T decode(StoredRecord stored) {
        Class<? extends T> type = byName.get(stored.type());
        if (type == null) {
            throw new IllegalArgumentException(stored.stream() + "#" + stored.sequence() + " has unknown type " + stored.type());
        }
        try {
            return readers.computeIfAbsent(type, t -> mapper.readerFor(t).withHandler(SKIP_ACTOR)).readValue(stored.payloadStream());
        } catch (IOException e) {
            throw new IllegalStateException(stored.stream() + "#" + stored.sequence() + " does not decode as " + stored.type(), e);
        }
    }

    /** Builds a {@link RecordCodec}. */
    public static final class Builder<T> {
        private final Class<T> base;
        private final ObjectMapper mapper;
        private final Map<String, Class<? extends T>> byName = new LinkedHashMap<>();
        private final Map<Class<?>, Writer<?>> writers = new HashMap<>();
        private @Nullable Admission<T> admission;

        private Builder(Class<T> base, ObjectMapper mapper) {
            this.base = Objects.requireNonNull(base, "base is null");
            this.mapper = Objects.requireNonNull(mapper, "mapper is null");
        }

        /** Registers {@code type} under {@code name}; both must be new. */
        public Builder<T> add(String name, Class<? extends T> type) {
            RecordDraft.checkType(name);
            if (!base.isAssignableFrom(type)) {
                throw new IllegalArgumentException(type.getName() + " is not a " + base.getName());
            }
            if (byName.containsKey(name) || byName.containsValue(type)) {
                throw new IllegalArgumentException("type name " + name + " or class " + type.getName() + " registered twice");
            }
            byName.put(name, type);
            return this;
        }

        /**
         * Registers {@code type} under {@code name}, its records written by {@code writer} where it writes them (see
         * {@link Writer}); both must be new.
         */
        public <R extends T> Builder<T> add(String name, Class<R> type, Writer<R> writer) {
            add(name, type);
            writers.put(type, Objects.requireNonNull(writer, "writer is null"));
            return this;
        }

        /** Puts every record to {@code admission} before it is encoded (the module's access check). */
        public Builder<T> admission(Admission<T> admission) {
            this.admission = Objects.requireNonNull(admission, "admission is null");
            return this;
        }

        public RecordCodec<T> build() {
            return new RecordCodec<>(mapper, byName, writers, admission);
        }
    }
}
