package edu.yiban.sdk.plugin;

import edu.yiban.core.i18n.Bilingual;
import org.apiguardian.api.API;

/**
 * A plugin (插件): how another campus system adds to YiBan Kit — its storage, indicators, normalisers,
 * rule tables, evaluation presets, archive listeners, importers and exporters, charter presets, budget
 * allocation policies. A plugin names itself and the SDK versions it works with, declares its settings,
 * and registers its extensions through the {@link PluginContext} it is given at start-up.
 *
 * <p>Every method but {@link #id()} and {@link #version()} has a default, so a new extension point never
 * breaks an old plugin: new ones arrive as new methods of the context, which old plugins simply do not call.
 *
 * <pre>{@code
 * public final class LibraryPlugin implements YibanPlugin {
 *     public String id() { return "library"; }
 *     public String version() { return "1.2.0"; }
 *     public Class<? extends Record> settings() { return LibrarySettings.class; }
 *     public void register(PluginContext context) {
 *         LibrarySettings settings = context.settings(LibrarySettings.class);
 *         context.indicator(new LibraryHours(settings.endpoint()));
 *     }
 * }
 * }</pre>
 *
 * Discovered through {@link java.util.ServiceLoader} (a {@code META-INF/services/edu.yiban.sdk.plugin.YibanPlugin}
 * file in the plugin's jar) or registered explicitly with {@code Yiban.builder().plugin(…)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface YibanPlugin {

    /** A stable id: lower-case letters, digits, '.' and '-', starting with a letter; unique among the plugins loaded. */
    String id();

    /** The plugin's own version, e.g. {@code 1.2.0}. */
    String version();

    /**
     * The SDK versions it works with, as a range: {@code [0.1,1.0)} (from 0.1 included to 1.0 excluded),
     * {@code [0.1,)} (0.1 and later), or one version {@code 0.1.0}. A plugin whose range excludes the
     * running SDK stops start-up.
     */
    default String requiresSdk() {
        return "[0.1,1.0)";
    }

    /** The plugin's name, for people. */
    default Bilingual name() {
        return new Bilingual(id(), id());
    }

    /**
     * The record type of its settings, read from the runtime's configuration keys
     * {@code plugins.<id>.<component>}: typed, checked with Bean Validation (messages in Chinese and English),
     * unknown keys refused, components marked {@link Setting#secret()} never logged. Each component
     * documents itself with {@link Setting}. {@link NoSettings} when it takes none.
     */
    default Class<? extends Record> settings() {
        return NoSettings.class;
    }

    /** Registers the plugin's extensions. Called once, at start-up, after its settings were read and checked. */
    default void register(PluginContext context) {
    }
}
