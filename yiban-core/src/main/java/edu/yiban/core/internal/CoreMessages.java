package edu.yiban.core.internal;

import edu.yiban.core.i18n.MessageBundle;

/** The core module's bundle of messages ({@code edu/yiban/core/messages*.properties}). */
public final class CoreMessages {
    public static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.core.messages", CoreMessages.class);

    private CoreMessages() {
    }
}
