package edu.yiban.core.ledger.append;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Turns a module's typed records into ledger drafts and back: each record class has a stable type
 * name, and its payload is the record's canonical JSON ({@link YibanJson}).
 *
 * <pre>{@code
 * RecordCodec<DirectoryEvent> codec = RecordCodec.builder(DirectoryEvent.class, YibanJson.newMapper())
 *         .add("directory.college-added", CollegeAdded.class)
 *         .build();
 * ledger.append(stream, version, List.of(codec.encode(new CollegeAdded(college))));
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

    private RecordCodec(ObjectMapper mapper, Map<String, Class<? extends T>> byName, Map<Class<?>, Writer<?>> writers) {
        this.mapper = mapper;
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

    /** The draft of {@code record}: its type name and canonical bytes. */
    public RecordDraft encode(T record) {
        String type = byClass.get(record.getClass());
        if (type == null) {
            throw new IllegalArgumentException("no type name is registered for " + record.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        Writer<T> writer = (Writer<T>) writers.get(record.getClass());
        byte[] written = writer == null ? null : writer.write(record);
        return RecordDraft.handedOver(type, written != null ? written : YibanJson.write(mapper, record));
    }

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
            return mapper.readValue(stored.payloadStream(), type);
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

        public RecordCodec<T> build() {
            return new RecordCodec<>(mapper, byName, writers);
        }
    }
}
