/** Scoring: student evaluation rounds and college indicators, with rules as data. */
module edu.yiban.scoring {
    requires transitive edu.yiban.org;
    requires com.networknt.schema;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports edu.yiban.scoring;
    exports edu.yiban.scoring.college;
    exports edu.yiban.scoring.json;
    exports edu.yiban.scoring.result;
    exports edu.yiban.scoring.round;
    exports edu.yiban.scoring.student;
    exports edu.yiban.scoring.system;

    // Jackson reads and writes the records (events, presets, rules), Hibernate Validator checks their constraints;
    // the core's MessageBundle reads the messages_*.properties beside the module's root package
    opens edu.yiban.scoring to com.fasterxml.jackson.databind, org.hibernate.validator, edu.yiban.core;
    opens edu.yiban.scoring.college to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.internal to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.internal.formula to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.internal.schema to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.json to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.result to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.round to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.student to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.scoring.system to com.fasterxml.jackson.databind, org.hibernate.validator;
}
