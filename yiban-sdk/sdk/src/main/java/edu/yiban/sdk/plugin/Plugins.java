package edu.yiban.sdk.plugin;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds plugins: through {@link ServiceLoader} with a class loader the caller names (a campus app's own,
 * or one over a folder of plugin jars), logging each plugin found and where it came from; or as given.
 *
 * <pre>{@code
 * Yiban yiban = Yiban.builder().plugins(Plugins.discover(Thread.currentThread().getContextClassLoader())).build();
 * URLClassLoader jars = new URLClassLoader(new URL[] {pluginJar.toUri().toURL()}, Yiban.class.getClassLoader());
 * Yiban withJars = Yiban.builder().plugins(Plugins.discover(jars)).build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Plugins {
    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {
    }

    /**
     * A plugin and where it came from.
     *
     * @param plugin the plugin
     * @param source the jar or folder its class was loaded from, or {@code registered} when given explicitly
     */
    public record Found(YibanPlugin plugin, String source) {
        public Found {
            Objects.requireNonNull(plugin, "plugin is null");
            Objects.requireNonNull(source, "source is null");
        }
    }

    /** Every plugin {@code loader} sees through {@code META-INF/services/edu.yiban.sdk.plugin.YibanPlugin}, in the order found. */
    public static List<Found> discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader is null");
        List<Found> found = new ArrayList<>();
        for (YibanPlugin plugin : ServiceLoader.load(YibanPlugin.class, loader)) {
            String source = source(plugin.getClass());
            LOG.info("found plugin {} {} in {}", plugin.id(), plugin.version(), source);
            found.add(new Found(plugin, source));
        }
        if (found.isEmpty()) {
            LOG.info("no plugins found through {}", loader);
        }
        return found;
    }

    /** The given plugins, registered explicitly (no {@link ServiceLoader}). */
    public static List<Found> of(YibanPlugin... plugins) {
        List<Found> found = new ArrayList<>();
        for (YibanPlugin plugin : plugins) {
            found.add(new Found(plugin, "registered"));
        }
        return found;
    }

    private static String source(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        URL location = code == null ? null : code.getLocation();
        return location == null ? type.getName() : location.toString();
    }
}
