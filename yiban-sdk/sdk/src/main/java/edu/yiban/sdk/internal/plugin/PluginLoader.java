package edu.yiban.sdk.internal.plugin;

import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.plugin.PluginInfo;
import edu.yiban.sdk.plugin.SdkVersion;
import edu.yiban.sdk.internal.SdkMessages;
import edu.yiban.sdk.plugin.Plugins;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads plugins at start-up, in order: ids well-formed and unique, each plugin's SDK range admitting this
 * SDK, its settings read and checked, its registration run (exclusive claims checked as it registers).
 * The first problem stops start-up with a {@link PluginException} naming the plugin and the reason.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PluginLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
    /** The prefix of every plugin setting's configuration key. */
    private static final String PLUGINS = "plugins.";

    private PluginLoader() {
    }

    /** The plugins loaded and what they registered. */
    public record Loaded(List<PluginInfo> plugins, PluginRegistry registry) {
    }

    /** Loads {@code found} with the runtime's {@code config}; plugin indicators may not take the {@code builtIn} codes. */
    public static Loaded load(List<Plugins.Found> found, Map<String, String> config, Set<String> builtIn) {
        Map<String, Plugins.Found> byId = new HashMap<>();
        for (Plugins.Found f : found) {
            String id = f.plugin().id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new PluginException(String.valueOf(id), PluginException.Reason.BAD_ID,
                        SdkMessages.BUNDLE.text("plugin.id", String.valueOf(id), f.source()), null);
            }
            Plugins.Found earlier = byId.putIfAbsent(id, f);
            if (earlier != null) {
                throw new PluginException(id, PluginException.Reason.DUPLICATE_ID,
                        SdkMessages.BUNDLE.text("plugin.duplicate", id, earlier.source(), f.source()), null);
            }
        }
        Set<String> strayKeys = new TreeSet<>();
        for (String key : config.keySet()) {
            if (key.startsWith(PLUGINS) && byId.keySet().stream().noneMatch(id -> isFor(key, id))) {
                strayKeys.add(key);
            }
        }
        if (!strayKeys.isEmpty()) {
            String id = pluginOf(strayKeys.iterator().next());
            throw new PluginException(id, PluginException.Reason.SETTING_UNKNOWN,
                    SdkMessages.BUNDLE.text("plugin.setting.no-plugin", id, String.join(", ", strayKeys)), null);
        }
        PluginRegistry registry = new PluginRegistry(builtIn);
        List<PluginInfo> infos = new ArrayList<>();
        for (Plugins.Found f : found) {
            YibanPlugin plugin = f.plugin();
            String id = plugin.id();
            String range = plugin.requiresSdk();
            boolean fits;
            try {
                fits = SdkVersion.satisfies(range);
            } catch (IllegalArgumentException malformed) {
                throw new PluginException(id, PluginException.Reason.SDK_VERSION,
                        SdkMessages.BUNDLE.text("plugin.sdk.malformed", id, String.valueOf(range), String.valueOf(malformed.getMessage())), malformed);
            }
            if (!fits) {
                throw new PluginException(id, PluginException.Reason.SDK_VERSION,
                        SdkMessages.BUNDLE.text("plugin.sdk", id, plugin.version(), range, SdkVersion.CURRENT), null);
            }
            Record settings = SettingsBinder.bind(id, plugin.settings(), config);
            Map<String, String> shown = SettingsBinder.describe(id, settings);
            try {
                plugin.register(registry.context(id, settings));
            } catch (PluginException refused) {
                throw refused;
            } catch (RuntimeException failed) {
                throw new PluginException(id, PluginException.Reason.REGISTRATION_FAILED,
                        SdkMessages.BUNDLE.text("plugin.register", id, String.valueOf(failed)), failed);
            }
            LOG.info("loaded plugin {} {} from {} with settings {}", id, plugin.version(), f.source(), shown);
            infos.add(new PluginInfo(id, plugin.version(), range, f.source(), shown));
        }
        return new Loaded(List.copyOf(infos), registry);
    }

    /** Whether configuration key {@code key} is {@code plugins.<id>} or one of {@code <id>}'s settings (ids may hold '.'). */
    private static boolean isFor(String key, String id) {
        return key.equals(PLUGINS + id) || key.startsWith(SettingsBinder.prefix(id));
    }

    /** The plugin a stray configuration key seems to be for, to name it: what follows {@code plugins.}, to the next '.'. */
    private static String pluginOf(String key) {
        return key.substring(PLUGINS.length()).split("\\.", 2)[0];
    }
}
