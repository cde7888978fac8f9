package edu.yiban.store;

import edu.yiban.core.i18n.MessageBundle;

/** The JDBC store's bundle of messages ({@code edu/yiban/store/messages*.properties}). */
final class StoreMessages {
    static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.store.messages", StoreMessages.class);

    private StoreMessages() {
    }
}
