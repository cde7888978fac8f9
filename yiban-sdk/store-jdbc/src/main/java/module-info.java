/** The durable ledger store over JDBC: H2, PostgreSQL or MariaDB/MySQL, with the driver the app chooses. */
module edu.yiban.store {
    requires transitive edu.yiban.core;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports edu.yiban.store;

    // the core's MessageBundle reads the messages_*.properties beside the store's package
    opens edu.yiban.store to edu.yiban.core;
}
