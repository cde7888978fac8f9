package edu.yiban.sdk.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.space.Spaces;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.sdk.Yiban;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Wires the runtime with Guice (Guice 装配): one {@link Yiban} per injector, and its parts bound so that a campus
 * app's classes ask for them by type in their {@code @Inject} constructors.
 *
 * <p><b>What it binds.</b> {@link Yiban}, as a singleton of the injector, and, each the runtime's own instance (not
 * scoped, so every injection point asks the one runtime again): {@link CampusDirectory} ({@code yiban.campus()}),
 * {@link GrowthArchives} ({@code yiban.archives()}), {@link Spaces} ({@code yiban.spaces()}),
 * {@link YibanOrganisation} ({@code yiban.organisation()}), {@link YibanScoring} ({@code yiban.scoring()}) and
 * {@link Ledger} ({@code yiban.core().ledger()}). Nothing else: no store, clock or plugin is bound, so an app's own
 * bindings never clash with the module's; they go into the builder the module is given.
 *
 * <p><b>When it builds.</b> {@link #YibanModule(Supplier)} is <em>lazy</em>: the builder is asked and the runtime
 * started (plugins loaded and their settings checked, the store opened, the projections rebuilt) the first time
 * anything asks for the runtime or one of its parts. A configuration error — a plugin setting with a bad value, a
 * store that cannot be opened, two plugins claiming one extension point — then surfaces at that first
 * {@code getInstance} or injection, wrapped by Guice in a {@link com.google.inject.ProvisionException} whose cause is
 * the library's exception. {@link #eager(Supplier)} starts the runtime when the module is made, so the same error is
 * thrown as the library's own exception ({@link edu.yiban.core.error.YibanException}, with its code and its sentence in
 * Chinese and English) from the line that creates the injector, and no injector exists with a runtime that cannot
 * start. Prefer {@code eager} in an app's {@code main}; the lazy form suits tests and tools that may never touch the
 * runtime.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(YibanModule.eager(() -> Yiban.builder()
 *         .store(JdbcLedgerStore.h2File(Path.of("campus")))
 *         .plugins(Plugins.discover(App.class.getClassLoader()))));   // a bad setting throws PluginException here
 * CampusDirectory campus = injector.getInstance(CampusDirectory.class);
 * }</pre>
 *
 * <p>The injector does not close the runtime: the app closes {@code injector.getInstance(Yiban.class)} when it stops.
 * An eager module's runtime is open from {@link #eager} on; if the injector then cannot be created for a reason of
 * the app's own modules, close it through {@link #runtime()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanModule extends AbstractModule {
    /** What a lazy module builds from; null for an eager one. */
    private final @Nullable Supplier<Yiban.Builder> builder;
    /** An eager module's runtime; null for a lazy one. */
    private final @Nullable Yiban started;

    /** A lazy module: it builds the runtime from what {@code builder} gives, once, when it is first asked for. */
    public YibanModule(Supplier<Yiban.Builder> builder) {
        this.builder = Objects.requireNonNull(builder, "builder is null");
        this.started = null;
    }

    /** A lazy module with the defaults: in-memory store, system clock, seed presets, no plugins. */
    public YibanModule() {
        this(Yiban::builder);
    }

    private YibanModule(Yiban started) {
        this.builder = null;
        this.started = started;
    }

    /**
     * An eager module: builds the runtime now, from what {@code builder} gives, so that a configuration error is
     * thrown here as the library's own exception rather than at first use inside a Guice {@code ProvisionException}.
     *
     * @throws edu.yiban.core.error.YibanException when the runtime cannot start, e.g. a
     *         {@link edu.yiban.sdk.plugin.PluginException} naming the plugin and the setting whose value is bad
     */
    public static YibanModule eager(Supplier<Yiban.Builder> builder) {
        Objects.requireNonNull(builder, "builder is null");
        Yiban.Builder configured = Objects.requireNonNull(builder.get(), "the builder supplier gave null");
        return new YibanModule(configured.build());
    }

    /** Whether the runtime is built when the module is made ({@link #eager}) rather than at first use. */
    public boolean isEager() {
        return started != null;
    }

    /** The runtime an {@linkplain #eager eager} module started; empty for a lazy module. */
    public Optional<Yiban> runtime() {
        return Optional.ofNullable(started);
    }

    @Override
    protected void configure() {
        if (started != null) {
            bind(Yiban.class).toInstance(started);
        } else {
            Supplier<Yiban.Builder> lazy = Objects.requireNonNull(builder, "a lazy module has its builder");
            Provider<Yiban> onFirstUse = () -> lazy.get().build();
            bind(Yiban.class).toProvider(onFirstUse).in(Singleton.class);
        }
    }

    @Provides
    CampusDirectory campus(Yiban yiban) {
        return yiban.campus();
    }

    @Provides
    GrowthArchives archives(Yiban yiban) {
        return yiban.archives();
    }

    @Provides
    Spaces spaces(Yiban yiban) {
        return yiban.spaces();
    }

    @Provides
    YibanOrganisation organisation(Yiban yiban) {
        return yiban.organisation();
    }

    @Provides
    YibanScoring scoring(Yiban yiban) {
        return yiban.scoring();
    }

    @Provides
    Ledger ledger(Yiban yiban) {
        return yiban.core().ledger();
    }
}
