/** The runtime an app embeds and the plugin SPI. */
@SuppressWarnings("module") // the test kit, to which one package is exported, is built after this module
module edu.yiban.sdk {
    requires transitive edu.yiban.scoring;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports edu.yiban.sdk;
    exports edu.yiban.sdk.plugin;
    exports edu.yiban.sdk.internal.plugin to edu.yiban.sdk.testkit;

    // plugins are found with ServiceLoader (META-INF/services on the class path, provides on the module path)
    uses edu.yiban.sdk.plugin.YibanPlugin;

    // Jackson reads and writes the records (events, presets, rules), Hibernate Validator checks their constraints;
    // the core's MessageBundle reads the messages_*.properties beside the module's root package
    opens edu.yiban.sdk to com.fasterxml.jackson.databind, org.hibernate.validator, edu.yiban.core;
    opens edu.yiban.sdk.internal.plugin to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.sdk.plugin to com.fasterxml.jackson.databind, org.hibernate.validator;
}
