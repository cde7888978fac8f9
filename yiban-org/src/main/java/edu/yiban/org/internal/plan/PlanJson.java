package edu.yiban.org.internal.plan;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** JSON of the plan types that Jackson's record support does not write by itself. */
public final class PlanJson {
    private PlanJson() {
    }

    /** Adds the plan serializers and deserializers to the organisation module. */
    public static void register(SimpleModule module) {
    }
}
