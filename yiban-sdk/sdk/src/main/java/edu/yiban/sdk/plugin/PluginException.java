package edu.yiban.sdk.plugin;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.Text;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plugin stopped start-up, or failed while the runtime ran it under the fail policy. The message names
 * the plugin and the reason in Chinese and English; {@link #pluginId()} and {@link #reason()} say it to programs.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PluginException extends YibanException {
    /** The error code of every plugin failure. */
    public static final String CODE = "YB-SDK-PLUGIN";

    /** Why a plugin was refused or failed. */
    public enum Reason {
        /** Its id is malformed. */
        BAD_ID,
        /** Two plugins have the same id. */
        DUPLICATE_ID,
        /** It needs another SDK version. */
        SDK_VERSION,
        /** A required setting is missing. */
        SETTING_MISSING,
        /** A setting has a value it refuses. */
        SETTING_INVALID,
        /** A configuration key names no setting of the plugin. */
        SETTING_UNKNOWN,
        /** Two plugins claim an extension point only one may have, or the same key of one. */
        EXCLUSIVE_CLAIM,
        /** Its registration threw. */
        REGISTRATION_FAILED,
        /** One of its extensions failed while the runtime ran it, under the fail policy. */
        FAULT
    }

    private final String pluginId;
    private final Reason reason;

    /** A refusal of plugin {@code pluginId} for {@code reason}; {@code cause} is the failure behind it, or {@code null}. */
    public PluginException(String pluginId, Reason reason, Text text, @Nullable Throwable cause) {
        super(CODE, text, cause);
        this.pluginId = pluginId;
        this.reason = reason;
    }

    /** The plugin at fault. */
    public String pluginId() {
        return pluginId;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
