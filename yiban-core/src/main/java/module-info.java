/** The core of YiBan Kit: identifiers, the campus directory, class spaces, growth archives and the ledger they are kept in. */
@SuppressWarnings("module") // the modules to which the ledger's append package is exported are built after this one
module edu.yiban.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator interpolates its messages with Jakarta EL, which it only requires statically: an app on the
    // module path would otherwise fail at the first validation (the class path resolves it anyway)
    requires jakarta.el;
    requires org.slf4j;
    requires static transitive org.apiguardian.api;
    requires static transitive org.jspecify;

    exports edu.yiban.core;
    exports edu.yiban.core.access;
    exports edu.yiban.core.archive;
    exports edu.yiban.core.directory;
    exports edu.yiban.core.error;
    exports edu.yiban.core.i18n;
    exports edu.yiban.core.id;
    exports edu.yiban.core.json;
    exports edu.yiban.core.ledger;
    exports edu.yiban.core.ledger.spi;
    exports edu.yiban.core.privacy;
    // appending to the library's own streams is for the library's modules, not for apps (Ledger's class comment)
    exports edu.yiban.core.ledger.append to edu.yiban.org, edu.yiban.scoring, edu.yiban.sdk, edu.yiban.sdk.testkit;
    exports edu.yiban.core.space;
    exports edu.yiban.core.validation;
    exports edu.yiban.core.visibility;

    // Jackson reads and writes the records (events, presets, rules), Hibernate Validator checks their constraints
    opens edu.yiban.core to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.error to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.archive to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.directory to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.i18n to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.id to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.internal.archive to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.internal.directory to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.internal.privacy to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.internal.space to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.json to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.ledger to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.ledger.append to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.privacy to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.space to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.validation to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens edu.yiban.core.visibility to com.fasterxml.jackson.databind, org.hibernate.validator;
}
