/** Importers for the files a campus already keeps: the roster (花名册) as CSV. */
module edu.yiban.importers {
    requires transitive edu.yiban.sdk;
    requires static transitive org.jspecify;

    exports edu.yiban.importers;

    // the core's MessageBundle reads the messages_*.properties beside the module's root package
    opens edu.yiban.importers to edu.yiban.core;
}
