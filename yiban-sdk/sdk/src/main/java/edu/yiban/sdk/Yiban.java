package edu.yiban.sdk;

import edu.yiban.core.access.AccessRule;
import edu.yiban.core.access.AccessPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.space.Spaces;
import edu.yiban.org.OrgPresets;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.budget.AllocationPolicy;
import edu.yiban.org.tree.Charter;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.EvaluationPeriod;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.sdk.internal.SdkMessages;
import edu.yiban.sdk.internal.plugin.FaultLog;
import edu.yiban.sdk.internal.plugin.IsolatedListener;
import edu.yiban.sdk.internal.plugin.Isolation;
import edu.yiban.sdk.internal.plugin.PluginLoader;
import edu.yiban.sdk.internal.plugin.PluginMeasures;
import edu.yiban.sdk.internal.plugin.PluginRegistry;
import edu.yiban.sdk.plugin.Exporter;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.plugin.Importer;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.plugin.PluginFault;
import edu.yiban.sdk.plugin.PluginInfo;
import edu.yiban.sdk.plugin.Plugins;
import edu.yiban.sdk.plugin.RuntimeView;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The runtime a campus app embeds (易班工具包运行时): the store, the campus's core (directory, class
 * spaces, growth archives), its organisation and evaluations, and the plugins that extend them — wired,
 * checked at start-up, and closed together. Safe for concurrent use.
 *
 * <pre>{@code
 * try (Yiban yiban = Yiban.builder()
 *         .store(JdbcLedgerStore.h2File(Path.of("campus.db")))        // default: in memory
 *         .plugins(Plugins.discover(Thread.currentThread().getContextClassLoader()))
 *         .config(Map.of("plugins.library.endpoint", "https://lib.example.edu"))
 *         .build()) {
 *     yiban.campus().enrol(enrolment);
 *     yiban.archive(StudentNo.of("2022010101")).record(entry);
 *     EvaluationReport report = yiban.evaluateStudents(TermId.parse("2022-2023-1"));
 * }
 * }</pre>
 *
 * An app that wires with Guice installs {@code edu.yiban.sdk.guice.YibanModule} (artifact {@code yiban-guice}); an app that does not never sees Guice.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Yiban implements AutoCloseable, RuntimeView {
    /**
     * The default time budget of one call of a plugin's indicator: 60 seconds, a guard against a
     * plugin that hangs (a connection without a timeout, a lock never released), not a deadline for a slow one.
     *
     * <p>Why a minute: an indicator is called once per evaluation, over every student evaluated — 30,000 on a
     * large campus — and its time grows with the campus and with the load of the machine (other builds, a
     * garbage collection, classes loading on the first call). The example volunteer-hours indicator, reading
     * the archives' columns, takes well under a second for 12,000 students; one that read every student's
     * archive one by one took 1–2.5 s on an idle 2-core machine and ran past the former 5 s under load. A
     * budget must leave that kind of plugin an order of magnitude of head room, so that its values never depend
     * on the timing of a run — while a person waiting on an evaluation still gets an answer (an error naming the
     * plugin) within a minute rather than a hang. Under either {@link FaultPolicy} a call that runs past it
     * never changes a score silently. A plugin that needs longer declares its own budget
     * ({@link edu.yiban.sdk.plugin.PluginIndicator#budget()}); an app sets another default with {@link Builder#budget}.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    /**
     * The default time budget of one call of a plugin's archive listener: 5 seconds. A listener is told of one
     * record, after it is kept, on the writer's thread, so a hung listener holds up that writer for the whole
     * budget on every write; what it fails to do never changes a record or a score.
     */
    public static final Duration DEFAULT_LISTENER_BUDGET = Duration.ofSeconds(5);

    private final YibanCore core;
    private final YibanOrganisation organisation;
    private final YibanScoring scoring;
    private final List<PluginInfo> plugins;
    private final PluginRegistry registry;
    private final Isolation isolation;
    private final FaultLog faults;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Builds the runtime; if anything fails, what was opened (the store included) is closed before the failure goes on. */
    private Yiban(Builder b) {
        Opened opened = new Opened(b.store);
        try {
            List<Plugins.Found> found = new ArrayList<>(b.found);
            Set<String> builtIn = new HashSet<>();
            StudentEvaluation.defaultSystem().indicators().forEach(i -> builtIn.add(i.code()));
            builtIn.add(StudentEvaluation.WEIGHTED_AVERAGE);
            builtIn.add(StudentEvaluation.AVERAGE_SCORE);
            builtIn.add(StudentEvaluation.CREDITS);
            PluginLoader.Loaded loaded = PluginLoader.load(found, b.config, builtIn);
            this.plugins = loaded.plugins();
            this.registry = loaded.registry();
            this.isolation = new Isolation();
            opened.isolation = isolation;
            this.faults = new FaultLog();
            LedgerStore store = b.store;
            PluginRegistry.Owned<Supplier<LedgerStore>> storage = registry.storage();
            if (storage != null) {
                if (store != null) {
                    throw exclusive(storage.plugin(), "storage");
                }
                store = storage.extension().get();
                opened.store = store;
            }
            AccessPolicy access = b.accessPolicy == null ? AccessPolicy.seed() : b.accessPolicy;
            for (PluginRegistry.Owned<AccessRule> rule : registry.accessRules().values()) {
                access = access.withRule(rule.extension());
            }
            YibanCore.Builder coreBuilder = YibanCore.builder().store(store == null ? LedgerStore.inMemory() : store).clock(b.clock)
                    .accessPolicy(access);
            if (b.snapshot != null) {
                coreBuilder.snapshot(b.snapshot);
            }
            if (b.follow != null) {
                coreBuilder.follow(b.follow);
            }
            if (b.subjectKeys != null) {
                coreBuilder.subjectKeys(b.subjectKeys);
            }
            if (b.campusKey != null) {
                coreBuilder.campusKey(b.campusKey);
            }
            opened.store = null; // the core owns it now, and closes it if it cannot open
            this.core = coreBuilder.build();
            opened.core = core;
            registry.attach(core.directory(), core.archives());
            OrgPresets presets = b.presets == null ? OrgPresets.seed() : b.presets;
            PluginRegistry.Owned<Charter> charter = registry.charter();
            if (charter != null) {
                if (b.presets != null) {
                    throw exclusive(charter.plugin(), "charter");
                }
                presets = presets.withCharter(charter.extension());
            }
            this.organisation = YibanOrganisation.builder(core).presets(presets).build();
            RuleSets rules = b.rules == null ? RuleSets.of(RuleSet.example2022()) : b.rules;
            for (PluginRegistry.Owned<RuleSet> set : registry.ruleSets().values()) {
                if (rules.forYear(set.extension().year()).isPresent() && b.rules != null) {
                    throw exclusive(set.plugin(), "rule set " + set.extension().year());
                }
                rules = rules.with(set.extension());
            }
            StudentEvaluation.Builder students = StudentEvaluation.builder(core).rules(rules);
            if (b.gradeScale != null) {
                students.gradeScale(b.gradeScale);
            }
            if (b.tieBreak != null) {
                students.tieBreak(b.tieBreak);
            }
            b.systemsByYear.forEach(students::system);
            PluginRegistry.Owned<IndicatorSystem> evaluationPreset = registry.evaluationPreset();
            if (evaluationPreset != null) {
                if (b.studentSystem != null) {
                    throw exclusive(evaluationPreset.plugin(), "evaluation preset");
                }
                students.system(evaluationPreset.extension());
            } else if (b.studentSystem != null) {
                students.system(b.studentSystem);
            }
            if (!registry.indicators().isEmpty()) {
                students.measures(new PluginMeasures(new ArrayList<>(registry.indicators().values()), core.directory(), core.archives(),
                        isolation, faults, b.policy, b.budget == null ? DEFAULT_BUDGET : b.budget));
            }
            students.normalisers(extensions(registry.normalisers()));
            YibanScoring.Builder scoringBuilder = YibanScoring.builder(core, organisation).students(students.build());
            if (b.awards != null) {
                scoringBuilder.awards(b.awards);
            }
            this.scoring = scoringBuilder.build();
            for (PluginRegistry.Owned<ArchiveListener> listener : registry.listeners()) {
                core.archives().addListener(new IsolatedListener(listener.plugin(), listener.extension(), isolation, faults,
                        b.budget == null ? DEFAULT_LISTENER_BUDGET : b.budget));
            }
        } catch (RuntimeException | Error e) {
            opened.closeAfter(e);
            throw e;
        }
    }

    /** What a runtime being built has opened so far, to close if the build fails. */
    private static final class Opened {
        @Nullable LedgerStore store;
        @Nullable Isolation isolation;
        @Nullable YibanCore core;

        Opened(@Nullable LedgerStore store) {
            this.store = store;
        }

        void closeAfter(Throwable failure) {
            closeQuietly(core != null ? core : store, failure); // a core closes its store
            closeQuietly(isolation, failure);
        }

        private static void closeQuietly(@Nullable AutoCloseable part, Throwable failure) {
            if (part == null) {
                return;
            }
            try {
                part.close();
            } catch (Exception closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    private static PluginException exclusive(String plugin, String point) {
        return new PluginException(plugin, PluginException.Reason.EXCLUSIVE_CLAIM,
                SdkMessages.BUNDLE.text("plugin.exclusive.application", plugin, point), null);
    }

    /** A builder: in-memory store, the system clock (UTC), the seed's presets, no plugins. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Signs the heads of every stream now with the {@linkplain Builder#campusKey campus key} and keeps the signature in the
     * ledger: {@link YibanCore#signHeads()}.
     *
     * @throws edu.yiban.core.ledger.NoCampusKeyException if the runtime was built without a campus key; nothing is written
     */
    public edu.yiban.core.ledger.SignedHeads signHeads() {
        return core.signHeads();
    }

    /** The core: directory, class spaces, growth archives, ledger. */
    @Override
    public YibanCore core() {
        return core;
    }

    /** The online spaces, class network spaces (班级网络空间) first. */
    public Spaces spaces() {
        return core.spaces();
    }

    /** The YiBan organisation (组织机构), its plan and budget. */
    @Override
    public YibanOrganisation organisation() {
        return organisation;
    }

    /** The evaluations and evaluation rounds. */
    @Override
    public YibanScoring scoring() {
        return scoring;
    }

    /** The canonical JSON mapper of every module. */
    public ObjectMapper json() {
        return YibanScoringModule.newMapper();
    }

    /** Verifies every hash chain of the ledger. */
    public VerificationReport verify() {
        return core.verify();
    }

    /**
     * The students' evaluation of {@code term}, with the plugin faults it contained.
     *
     * @throws PluginException under {@link FaultPolicy#FAIL} (the default), when a plugin's indicator failed
     */
    public EvaluationReport evaluateStudents(TermId term) {
        return evaluateStudents(EvaluationPeriod.term(term));
    }

    /**
     * The students' evaluation of {@code year}, with the plugin faults it contained.
     *
     * @throws PluginException under {@link FaultPolicy#FAIL} (the default), when a plugin's indicator failed
     */
    public EvaluationReport evaluateStudents(AcademicYear year) {
        return evaluateStudents(EvaluationPeriod.year(year));
    }

    /**
     * The students' evaluation of {@code period}, with the plugin faults it contained; under
     * {@link FaultPolicy#SKIP_AND_MARK} the results a fault touched are marked incomplete.
     *
     * @throws PluginException under {@link FaultPolicy#FAIL} (the default), when a plugin's indicator failed
     */
    public EvaluationReport evaluateStudents(EvaluationPeriod period) {
        faults.begin();
        List<PluginFault> contained;
        StudentResults results;
        try {
            results = scoring.students().evaluate(period);
        } finally {
            contained = faults.end();
        }
        return new EvaluationReport(results, contained);
    }

    /** The plugins loaded, in the order they were given. */
    public List<PluginInfo> plugins() {
        return plugins;
    }

    /** The indicators plugins measure, by code. */
    public Map<String, Indicator> pluginIndicators() {
        Map<String, Indicator> out = new LinkedHashMap<>();
        registry.indicators().forEach((code, owned) -> out.put(code, owned.extension().indicator()));
        return out;
    }

    /** Every plugin fault the runtime contained so far (indicators and listeners). */
    public List<PluginFault> faults() {
        return faults.all();
    }

    /** The plugins' importers, by id. */
    public Map<String, Importer> importers() {
        return extensions(registry.importers());
    }

    /** The plugins' exporters, by id. */
    public Map<String, Exporter> exporters() {
        return extensions(registry.exporters());
    }

    /** The plugins' budget allocation policies, by id. */
    public Map<String, AllocationPolicy> allocationPolicies() {
        return extensions(registry.policies());
    }

    /** The extensions of a registry map (keyed by id as they registered), in id order, without their owners. */
    private static <T> Map<String, T> extensions(Map<String, PluginRegistry.Owned<T>> owned) {
        Map<String, T> byId = new TreeMap<>();
        owned.forEach((id, o) -> byId.put(id, o.extension()));
        return byId;
    }

    /**
     * Stops the plugins' threads, writes the archives' snapshot if {@linkplain Builder#snapshot one was named}, and closes the
     * store. Closing a closed runtime does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // closed before: closing again does nothing
        }
        try {
            isolation.close();
        } finally {
            core.close();
        }
    }

    /** Builds a {@link Yiban}; every start-up problem with a plugin is a {@link PluginException} naming it. */
    public static final class Builder {
        private @Nullable LedgerStore store;
        private Clock clock = Clock.systemUTC();
        private final Map<String, String> config = new TreeMap<>();
        private final List<Plugins.Found> found = new ArrayList<>();
        private @Nullable OrgPresets presets;
        private @Nullable RuleSets rules;
        private @Nullable GradeScale gradeScale;
        private @Nullable List<String> tieBreak;
        private @Nullable AwardPolicy awards;
        private @Nullable IndicatorSystem studentSystem;
        private final Map<AcademicYear, IndicatorSystem> systemsByYear = new TreeMap<>();
        private FaultPolicy policy = FaultPolicy.FAIL;
        private @Nullable Duration budget;
        private @Nullable Path snapshot;
        private @Nullable Duration follow;
        private @Nullable AccessPolicy accessPolicy;
        private edu.yiban.core.ledger.@Nullable CampusKey campusKey;
        private edu.yiban.core.privacy.@Nullable SubjectKeys subjectKeys;

        private Builder() {
        }

        /**
         * Where the ledger is kept (default: in memory, unless a plugin brings a store). The runtime owns the store from
         * {@link #build()} on: it closes it when it is closed, and when {@code build()} fails (a bad plugin setting, a
         * record the projections cannot read), so a failed start leaves no connection or file lock behind.
         */
        public Builder store(LedgerStore ledgerStore) {
            this.store = Objects.requireNonNull(ledgerStore, "store is null");
            return this;
        }

        /** The clock (default: the system clock, UTC). */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock is null");
            return this;
        }

        /** Configuration: plugin settings under {@code plugins.<id>.<setting>}. */
        public Builder config(Map<String, String> settings) {
            this.config.putAll(Objects.requireNonNull(settings, "settings is null"));
            return this;
        }

        /** Plugins found by {@link Plugins#discover(ClassLoader)} or listed by {@link Plugins#of}. */
        public Builder plugins(List<Plugins.Found> plugins) {
            this.found.addAll(plugins);
            return this;
        }

        /** One plugin, registered explicitly (no {@link java.util.ServiceLoader}). */
        public Builder plugin(YibanPlugin plugin) {
            this.found.addAll(Plugins.of(plugin));
            return this;
        }

        /** The organisation's presets (default: the seed's). */
        public Builder presets(OrgPresets orgPresets) {
            this.presets = Objects.requireNonNull(orgPresets, "presets is null");
            return this;
        }

        /**
         * The campus's rules of the students' evaluation (综合测评细则), a rule set per academic year (default: the
         * example rules of 2022; plugins may add years). Each year's rule set scores its own parts unless an
         * indicator system is given for it.
         *
         * <pre>{@code
         * Yiban.builder().rules(RuleSets.of(RuleSet.fromJson(in2022), RuleSet.fromJson(in2023)))
         * }</pre>
         */
        public Builder rules(RuleSets ruleSets) {
            this.rules = Objects.requireNonNull(ruleSets, "rules is null");
            return this;
        }

        /** The campus's grade scale (成绩绩点换算), e.g. {@code GradeScale.fromJson(in)} (default: the common 4.0 scale). */
        public Builder gradeScale(GradeScale scale) {
            this.gradeScale = Objects.requireNonNull(scale, "scale is null");
            return this;
        }

        /**
         * The nodes whose exact scores break equal totals in ranks, before the 学号 (default: each rule set's own
         * tie-break, none under an indicator system).
         */
        public Builder tieBreak(List<String> nodes) {
            this.tieBreak = List.copyOf(nodes);
            return this;
        }

        /** The campus's award and band policy (评奖评优办法) applied to the students' results and rounds (default: the example). */
        public Builder awards(AwardPolicy policy) {
            this.awards = Objects.requireNonNull(policy, "policy is null");
            return this;
        }

        /**
         * An indicator system (综合测评指标体系) that scores the students' raw values of every year instead of the rule
         * sets' own parts, e.g. one loaded with {@code IndicatorSystem.fromJson} that normalises. A plugin's
         * evaluation preset is then refused.
         */
        public Builder studentSystem(IndicatorSystem system) {
            this.studentSystem = Objects.requireNonNull(system, "system is null");
            return this;
        }

        /** An indicator system that scores the students' raw values of {@code year} only. */
        public Builder studentSystem(AcademicYear year, IndicatorSystem system) {
            this.systemsByYear.put(Objects.requireNonNull(year, "year is null"), Objects.requireNonNull(system, "system is null"));
            return this;
        }

        /**
         * What an evaluation does when a plugin's indicator fails (default {@link FaultPolicy#FAIL}: it stops with
         * a {@link PluginException}; {@link FaultPolicy#SKIP_AND_MARK} marks the results it touches incomplete).
         */
        public Builder faultPolicy(FaultPolicy faultPolicy) {
            this.policy = Objects.requireNonNull(faultPolicy, "faultPolicy is null");
            return this;
        }

        /**
         * The time budget of every plugin call, indicators' (unless one declares its own) and listeners' alike
         * (default: {@link Yiban#DEFAULT_BUDGET} for an indicator, {@link Yiban#DEFAULT_LISTENER_BUDGET} for a listener).
         */
        public Builder budget(Duration callBudget) {
            if (callBudget.isNegative() || callBudget.isZero()) {
                throw new IllegalArgumentException("a budget is positive: " + callBudget);
            }
            this.budget = callBudget;
            return this;
        }

        /**
         * The file of the archives' projection snapshot (投影快照), which makes a cold start of a large campus fast
         * (default: none, every start replays the ledger). At {@link #build()} the file, if present, is loaded instead
         * of replaying the growth archives' streams, once checked against the store (each archive stream it holds must
         * have, at the snapshot's version, a record with the snapshot's chain hash), and then caught up with whatever
         * the store holds past it. A missing, damaged, foreign or out-of-date file is ignored with a warning in the
         * log, and the archives are replayed as without one: a snapshot can make start-up fast, never wrong. At
         * {@link Yiban#close()} the runtime writes the file (unless nothing changed since it was loaded) to a temporary
         * file beside it, then moves it over the file atomically, so a killed process never leaves a half-written
         * snapshot. Only the archives are kept in it; the directory, spaces, organisation and rounds replay.
         *
         * <pre>{@code
         * Yiban.builder().store(JdbcLedgerStore.h2File(Path.of("campus")))
         *         .snapshot(Path.of("campus.archives.snapshot"))
         *         .build()
         * }</pre>
         */
        public Builder snapshot(Path file) {
            this.snapshot = Objects.requireNonNull(file, "file is null");
            return this;
        }

        /**
         * Who may do what (default: {@link AccessPolicy#seed()}). Rules the plugins add ({@code PluginContext.accessRule})
         * are added to it.
         */
        public Builder accessPolicy(AccessPolicy policy) {
            this.accessPolicy = Objects.requireNonNull(policy, "policy is null");
            return this;
        }

        /**
         * How often a thread brings the projections up with the store's log between calls, for several runtimes over one
         * database: by default every second for a store other processes write to, else never; {@link Duration#ZERO} for
         * no thread. Every call catches up by itself before it answers, with or without it (see {@code YibanCore.Builder#follow}).
         *
         * @throws IllegalArgumentException if {@code every} is negative
         */
        public Builder follow(Duration every) {
            Objects.requireNonNull(every, "every is null");
            if (every.isNegative()) {
                throw new IllegalArgumentException("every is negative: " + every);
            }
            this.follow = every;
            return this;
        }

        /**
         * The campus key (校园密钥) that signs the heads of every stream (default: none): on {@link Yiban#signHeads()}, and after
         * each round is finalised ({@code YibanCore.Builder#campusKey}).
         */
        public Builder campusKey(edu.yiban.core.ledger.CampusKey key) {
            this.campusKey = Objects.requireNonNull(key, "key is null");
            return this;
        }

        /**
         * Where the keys sealing people's personal details live (default: in memory, lost when the process ends; over a
         * durable store give a durable one, e.g. {@code JdbcLedgerStore.subjectKeys()} or
         * {@code SubjectKeys.inDirectory(path)}; see {@code YibanCore.Builder#subjectKeys}).
         */
        public Builder subjectKeys(edu.yiban.core.privacy.SubjectKeys keys) {
            this.subjectKeys = Objects.requireNonNull(keys, "keys is null");
            return this;
        }

        /** Starts the runtime: loads the plugins, opens the store, rebuilds every projection. */
        public Yiban build() {
            return new Yiban(this);
        }
    }
}
