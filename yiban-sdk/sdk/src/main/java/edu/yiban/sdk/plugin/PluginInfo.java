package edu.yiban.sdk.plugin;

import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A plugin the runtime loaded: its id, version, the SDK range it asked for, where it came from, and its
 * settings as read — secrets shown as {@code ****}.
 *
 * @param id          the plugin's id
 * @param version     its version
 * @param requiresSdk the SDK versions it works with
 * @param source      the jar or folder it was loaded from, or {@code registered}
 * @param settings    its settings by key, secrets masked
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PluginInfo(String id, String version, String requiresSdk, String source, Map<String, String> settings) {
    public PluginInfo {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(requiresSdk, "requiresSdk is null");
        Objects.requireNonNull(source, "source is null");
        settings = Map.copyOf(settings);
    }
}
