/** Wires the runtime with Guice. */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Guice 7 is an automatic module (Automatic-Module-Name)
module edu.yiban.sdk.guice {
    requires transitive edu.yiban.sdk;
    requires transitive com.google.guice;
    requires static transitive org.jspecify;

    exports edu.yiban.sdk.guice;

    // Guice calls the module's provider methods reflectively
    opens edu.yiban.sdk.guice to com.google.guice;
}
