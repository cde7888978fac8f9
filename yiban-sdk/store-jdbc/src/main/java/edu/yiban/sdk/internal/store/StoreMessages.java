package edu.yiban.sdk.internal.store;

import edu.yiban.core.i18n.MessageBundle;

/** The JDBC store's bundle of messages ({@code edu/yiban/sdk/internal/store/messages*.properties}). */
final class StoreMessages {
    static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.sdk.internal.store.messages", StoreMessages.class);

    private StoreMessages() {
    }
}
