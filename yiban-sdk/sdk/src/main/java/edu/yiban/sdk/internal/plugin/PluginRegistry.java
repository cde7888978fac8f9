package edu.yiban.sdk.internal.plugin;

import edu.yiban.core.access.AccessRule;
import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.budget.AllocationPolicy;
import edu.yiban.org.tree.Charter;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.system.ExternalNormaliser;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.internal.SdkMessages;
import edu.yiban.sdk.plugin.Exporter;
import edu.yiban.sdk.plugin.Importer;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Every extension the plugins registered, with who registered it; exclusive claims checked as they come. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PluginRegistry {
    /** An extension and the plugin that registered it. */
    public record Owned<T>(String plugin, T extension) {
    }

    private final Set<String> builtInIndicators;
    /** The exclusive claims, each null until a plugin makes it. */
    private @Nullable Owned<Supplier<LedgerStore>> storage;
    private @Nullable Owned<IndicatorSystem> evaluationPreset;
    private @Nullable Owned<Charter> charter;
    private final Map<String, Owned<PluginIndicator>> indicators = new LinkedHashMap<>();
    private final Map<String, Owned<ExternalNormaliser>> normalisers = new LinkedHashMap<>();
    private final Map<AcademicYear, Owned<RuleSet>> ruleSets = new LinkedHashMap<>();
    private final List<Owned<ArchiveListener>> listeners = new ArrayList<>();
    private final Map<String, Owned<Importer>> importers = new LinkedHashMap<>();
    private final Map<String, Owned<Exporter>> exporters = new LinkedHashMap<>();
    private final Map<String, Owned<AllocationPolicy>> policies = new LinkedHashMap<>();
    private final Map<String, Owned<AccessRule>> accessRules = new LinkedHashMap<>();
    private final AtomicReference<CampusDirectory> directory = new AtomicReference<>();
    private final AtomicReference<GrowthArchives> archives = new AtomicReference<>();

    /** A registry in which plugin indicators may not take the {@code builtIn} codes. */
    public PluginRegistry(Set<String> builtIn) {
        this.builtInIndicators = Set.copyOf(builtIn);
    }

    /** Gives the plugins' {@link PluginContext#directory()} and {@link PluginContext#archives()} suppliers the running campus. */
    public void attach(CampusDirectory runningDirectory, GrowthArchives runningArchives) {
        directory.set(Objects.requireNonNull(runningDirectory, "runningDirectory is null"));
        archives.set(Objects.requireNonNull(runningArchives, "runningArchives is null"));
    }

    /** The context plugin {@code plugin} registers through; {@code settings} are its settings, read. */
    public PluginContext context(String plugin, Record settings) {
        return new Context(plugin, settings);
    }

    /** The plugin store, or null when no plugin brings one. */
    public @Nullable Owned<Supplier<LedgerStore>> storage() {
        return storage;
    }

    /** The plugin evaluation preset, or null when no plugin brings one. */
    public @Nullable Owned<IndicatorSystem> evaluationPreset() {
        return evaluationPreset;
    }

    /** The plugin charter, or null when no plugin brings one. */
    public @Nullable Owned<Charter> charter() {
        return charter;
    }

    public Map<String, Owned<PluginIndicator>> indicators() {
        return indicators;
    }

    public Map<String, Owned<ExternalNormaliser>> normalisers() {
        return normalisers;
    }

    public Map<AcademicYear, Owned<RuleSet>> ruleSets() {
        return ruleSets;
    }

    public List<Owned<ArchiveListener>> listeners() {
        return listeners;
    }

    public Map<String, Owned<Importer>> importers() {
        return importers;
    }

    public Map<String, Owned<Exporter>> exporters() {
        return exporters;
    }

    public Map<String, Owned<AllocationPolicy>> policies() {
        return policies;
    }

    /** The access rules the plugins added, by name. */
    public Map<String, Owned<AccessRule>> accessRules() {
        return accessRules;
    }

    private static PluginException claimed(String plugin, String point, String holder) {
        Text text = SdkMessages.BUNDLE.text("plugin.exclusive", plugin, point, holder);
        return new PluginException(plugin, PluginException.Reason.EXCLUSIVE_CLAIM, text, null);
    }

    private static <K, T> void claim(Map<K, Owned<T>> map, K key, String plugin, T extension, String point) {
        Objects.requireNonNull(extension, point + " is null");
        Owned<T> held = map.get(key);
        if (held != null) {
            throw claimed(plugin, point + " " + key, held.plugin());
        }
        map.put(key, new Owned<>(plugin, extension));
    }

    private final class Context implements PluginContext {
        private final String plugin;
        private final Record settings;

        Context(String plugin, Record settings) {
            this.plugin = plugin;
            this.settings = settings;
        }

        @Override
        public <T extends Record> T settings(Class<T> type) {
            if (!type.isInstance(settings)) {
                throw new IllegalArgumentException("plugin " + plugin + " declares settings " + settings.getClass().getName()
                        + ", not " + type.getName());
            }
            return type.cast(settings);
        }

        @Override
        public Supplier<CampusDirectory> directory() {
            return () -> running(directory, "plugin.directory.early");
        }

        @Override
        public Supplier<GrowthArchives> archives() {
            return () -> running(archives, "plugin.archives.early");
        }

        private <T> T running(AtomicReference<T> part, String early) {
            T running = part.get();
            if (running == null) {
                Text message = SdkMessages.BUNDLE.text(early, plugin);
                throw new IllegalStateException(message.zh() + " | " + message.en());
            }
            return running;
        }

        @Override
        public void storage(Supplier<LedgerStore> store) {
            Objects.requireNonNull(store, "store is null");
            if (storage != null) {
                throw claimed(plugin, "storage", storage.plugin());
            }
            storage = new Owned<>(plugin, store);
        }

        @Override
        public void indicator(PluginIndicator indicator) {
            String code = indicator.indicator().code();
            if (builtInIndicators.contains(code)) {
                throw claimed(plugin, "indicator " + code, "yiban-scoring");
            }
            claim(indicators, code, plugin, indicator, "indicator");
        }

        @Override
        public void normaliser(String id, ExternalNormaliser normaliser) {
            claim(normalisers, id, plugin, normaliser, "normaliser");
        }

        @Override
        public void ruleSet(RuleSet ruleSet) {
            claim(ruleSets, ruleSet.year(), plugin, ruleSet, "rule set");
        }

        @Override
        public void evaluationPreset(IndicatorSystem system) {
            Objects.requireNonNull(system, "system is null");
            if (evaluationPreset != null) {
                throw claimed(plugin, "evaluation preset", evaluationPreset.plugin());
            }
            evaluationPreset = new Owned<>(plugin, IndicatorSystem.checked(system));
        }

        @Override
        public void archiveListener(ArchiveListener listener) {
            listeners.add(new Owned<>(plugin, Objects.requireNonNull(listener, "listener is null")));
        }

        @Override
        public void importer(Importer importer) {
            claim(importers, importer.id(), plugin, importer, "importer");
        }

        @Override
        public void exporter(Exporter exporter) {
            claim(exporters, exporter.id(), plugin, exporter, "exporter");
        }

        @Override
        public void charterPreset(Charter preset) {
            Objects.requireNonNull(preset, "charter is null");
            if (charter != null) {
                throw claimed(plugin, "charter", charter.plugin());
            }
            charter = new Owned<>(plugin, preset);
        }

        @Override
        public void allocationPolicy(AllocationPolicy policy) {
            claim(policies, policy.id(), plugin, policy, "allocation policy");
        }

        @Override
        public void accessRule(AccessRule rule) {
            claim(accessRules, rule.name(), plugin, rule, "access rule");
        }
    }
}
