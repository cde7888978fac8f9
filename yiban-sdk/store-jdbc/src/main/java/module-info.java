/** The ledger store on a JDBC database (the app chooses the driver). */
module edu.yiban.sdk.store {
    requires transitive edu.yiban.core;
    requires transitive java.sql;

    exports edu.yiban.sdk.store;

    // the core's MessageBundle reads this module's messages_*.properties
    opens edu.yiban.sdk.internal.store to edu.yiban.core;
}
