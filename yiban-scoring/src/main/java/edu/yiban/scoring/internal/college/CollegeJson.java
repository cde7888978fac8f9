package edu.yiban.scoring.internal.college;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * JSON of the college types that Jackson's record support does not write by itself. There are none yet:
 * every public type of {@code edu.yiban.scoring.college} is a record or an enum of values that the canonical
 * mapper writes and reads back exactly (the scoring module's round-trip property checks each one).
 */
public final class CollegeJson {
    private CollegeJson() {
    }

    /** Adds the college serializers and deserializers to the scoring module. */
    public static void register(SimpleModule module) {
    }
}
