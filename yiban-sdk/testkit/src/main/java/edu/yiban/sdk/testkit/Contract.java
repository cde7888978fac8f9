package edu.yiban.sdk.testkit;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/** The contracts of the storage test kit, by the names its failures give them. */
enum Contract {
    BYTES, VERSION, BATCH, ACROSS, CONCURRENT, PROCESSES, ORDER, STREAMS, HEADS, DURABLE, CLOSE;

    static final MessageBundle MESSAGES = new MessageBundle("edu.yiban.sdk.testkit.messages", Contract.class);

    /** A sentence of the kit's bundle. */
    static Text text(String key, Object... args) {
        return MESSAGES.text(key, args);
    }

    /**
     * The failure of this contract, in English then Chinese, e.g. "the exact bytes contract is broken: the
     * store kept a different payload than it was given: record archive:x#3, byte 17 …".
     */
    AssertionFailedError broken(Text what) {
        return violation("contract." + name().toLowerCase(Locale.ROOT), what);
    }

    /**
     * The failure of the contract named by {@code contractKey} (a key of the kit's bundle), in English then
     * Chinese; the plugin contracts word their failures with it too.
     */
    static AssertionFailedError violation(String contractKey, Text what) {
        Text sentence = text("violation", text(contractKey), what);
        return new AssertionFailedError(sentence.en() + "\n" + sentence.zh());
    }

    /** The failure of this contract as a sentence of the kit's bundle. */
    AssertionFailedError broken(String key, Object... args) {
        return broken(text(key, args));
    }
}
