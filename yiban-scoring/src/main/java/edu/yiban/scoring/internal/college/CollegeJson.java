package edu.yiban.scoring.internal.college;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** JSON of the college types that Jackson's record support does not write by itself. */
public final class CollegeJson {
    private CollegeJson() {
    }

    /** Adds the college serializers and deserializers to the scoring module. */
    public static void register(SimpleModule module) {
    }
}
