package edu.yiban.scoring.internal.student;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** JSON of the student types that Jackson's record support does not write by itself. */
public final class StudentJson {
    private StudentJson() {
    }

    /** Adds the student serializers and deserializers to the scoring module. */
    public static void register(SimpleModule module) {
    }
}
