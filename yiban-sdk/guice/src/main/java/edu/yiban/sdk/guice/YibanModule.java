package edu.yiban.sdk.guice;

import com.google.inject.AbstractModule;
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
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Wires the runtime with Guice: one {@link Yiban} per injector, built from the given builder, and its
 * parts bound so that a campus app's classes can ask for them by type.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new YibanModule(() -> Yiban.builder()
 *         .store(JdbcLedgerStore.h2File(Path.of("campus.db")))
 *         .plugins(Plugins.discover(App.class.getClassLoader()))));
 * CampusDirectory campus = injector.getInstance(CampusDirectory.class);
 * }</pre>
 *
 * The injector does not close the runtime: the app closes {@code injector.getInstance(Yiban.class)} when it stops.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanModule extends AbstractModule {
    private final Supplier<Yiban.Builder> builder;

    /** A module that builds the runtime from what {@code builder} gives, once. */
    public YibanModule(Supplier<Yiban.Builder> builder) {
        this.builder = Objects.requireNonNull(builder, "builder is null");
    }

    /** A module with the defaults: in-memory store, system clock, seed presets, no plugins. */
    public YibanModule() {
        this(Yiban::builder);
    }

    @Provides
    @Singleton
    Yiban yiban() {
        return builder.get().build();
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
