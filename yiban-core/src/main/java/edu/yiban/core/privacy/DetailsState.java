package edu.yiban.core.privacy;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** Where a person's sealed personal details stand. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DetailsState {
    /** Sealed and readable: their key is kept (在存). */
    PRESENT,
    /** Erased (已删除): the ledger records the erasure and their key was destroyed; the ciphertext stays, unreadable. */
    ERASED,
    /**
     * Sealed, but their key is not in the {@link SubjectKeys} store although nothing recorded an erasure (密钥缺失): keys
     * kept in memory over a durable store, or a key store restored from elsewhere. The details cannot be read.
     */
    KEY_MISSING;

    /** The state's name for people, e.g. 已删除 / erased. */
    public Text label() {
        return CoreMessages.BUNDLE.text("personal.state." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
