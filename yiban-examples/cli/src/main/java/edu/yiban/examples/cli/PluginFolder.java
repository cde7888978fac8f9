package edu.yiban.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the commands find plugins through {@link java.util.ServiceLoader}: their own class path, and every
 * jar in a plugins folder — {@code $YIBAN_PLUGINS} if set, else the {@code plugins} folder beside
 * {@code yiban.jar}, where the build copies the example plugins. A campus deploys its own plugin the same
 * way: drop its jar in the folder.
 */
final class PluginFolder {
    /** The environment variable naming another plugins folder. */
    static final String VARIABLE = "YIBAN_PLUGINS";

    private static ClassLoader loader;

    private PluginFolder() {
    }

    /** The class loader over the command's class path and the folder's jars; built once, kept open. */
    static synchronized ClassLoader loader() {
        if (loader == null) {
            ClassLoader own = PluginFolder.class.getClassLoader();
            Path folder = folder();
            List<URL> jars = folder == null ? List.of() : jars(folder);
            loader = jars.isEmpty() ? own : new URLClassLoader("yiban-plugins", jars.toArray(URL[]::new), own);
        }
        return loader;
    }

    /** The plugins folder, or null when there is none. */
    static Path folder() {
        String named = System.getenv(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path folder = Path.of(named);
            if (!Files.isDirectory(folder)) {
                throw new Cli.Problem(Cli.USAGE, "plugins.folder.missing", VARIABLE, folder.toAbsolutePath());
            }
            return folder;
        }
        Path beside = besideTheJar();
        return beside != null && Files.isDirectory(beside) ? beside : null;
    }

    private static Path besideTheJar() {
        CodeSource code = PluginFolder.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(code.getLocation().toURI());
            return Files.isRegularFile(location) ? location.resolveSibling("plugins") : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<URL> jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<URL> jars = new ArrayList<>();
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
            return jars;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
