/** The organisation of YiBan on a campus: work stations, charters, the construction plan and the budget. */
module edu.yiban.org {
    requires transitive edu.yiban.core;
    requires static transitive org.jspecify;

    exports edu.yiban.org;
    exports edu.yiban.org.budget;
    exports edu.yiban.org.chart;
    exports edu.yiban.org.json;
    exports edu.yiban.org.plan;
    exports edu.yiban.org.recruitment;
    exports edu.yiban.org.tree;

    // Jackson reads and writes the records (events, presets, rules), Hibernate Validator checks their constraints;
    // the core's MessageBundle reads the messages_*.properties beside the module's root package
    opens edu.yiban.org to com.fasterxml.jackson.databind, org.hibernate.validator, edu.yiban.core;
    opens edu.yiban.org.budget to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.chart to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.internal to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.internal.chart to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.internal.tree to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.json to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.recruitment to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.org.tree to com.fasterxml.jackson.databind, org.hibernate.validator;
}
