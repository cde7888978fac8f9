// Contracts that stores and plugins run in their own tests (open: JUnit and jqwik call its test methods reflectively).
open module edu.yiban.sdk.testkit {
    requires transitive edu.yiban.sdk;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires static transitive org.jspecify;

    exports edu.yiban.sdk.testkit;
}
