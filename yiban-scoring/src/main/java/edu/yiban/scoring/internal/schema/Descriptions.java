package edu.yiban.scoring.internal.schema;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Where {@link SchemaGenerator} finds the {@code description} of a type and of a record's component, for the
 * help an editor shows beside a field. The shipped schemas take them from the types' Javadoc when they are
 * regenerated; at run time none are needed.
 */
interface Descriptions {
    /** No descriptions. */
    Descriptions NONE = new Descriptions() {
    };

    /** The description of {@code type}, if any. */
    default Optional<String> ofType(Class<?> type) {
        return Optional.empty();
    }

    /** The description of {@code component} of a record, if any. */
    default Optional<String> ofComponent(RecordComponent component) {
        return Optional.empty();
    }
}
