package edu.yiban.core.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
public final class RecordCodec<T> {
    private final ObjectMapper mapper;
    private final Map<String, Class<? extends T>> byName;
    private final Map<Class<?>, String> byClass;

    private RecordCodec(ObjectMapper mapper, Map<String, Class<? extends T>> byName) {
        this.mapper = mapper;
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
        return new RecordDraft(type, YibanJson.write(mapper, record));
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
            return mapper.readValue(stored.unsafePayload(), type);
        } catch (IOException e) {
            throw new IllegalStateException(stored.stream() + "#" + stored.sequence() + " does not decode as " + stored.type(), e);
        }
    }

    /** Builds a {@link RecordCodec}. */
    public static final class Builder<T> {
        private final Class<T> base;
        private final ObjectMapper mapper;
        private final Map<String, Class<? extends T>> byName = new LinkedHashMap<>();

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

        public RecordCodec<T> build() {
            return new RecordCodec<>(mapper, byName);
        }
    }
}
