package edu.yiban.scoring.internal.round;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** JSON of the round types that Jackson's record support does not write by itself. */
public final class RoundJson {
    private RoundJson() {
    }

    /** Adds the round serializers and deserializers to the scoring module. */
    public static void register(SimpleModule module) {
    }
}
