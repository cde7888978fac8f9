package edu.yiban.sdk.plugin;

import edu.yiban.core.access.AccessRule;
import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.budget.AllocationPolicy;
import edu.yiban.org.tree.Charter;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.system.ExternalNormaliser;
import edu.yiban.scoring.system.IndicatorSystem;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * What a plugin registers its extensions with at start-up. Some extension points are exclusive — one
 * store, one students' evaluation system, one charter — and keyed registrations (an indicator code, a
 * normaliser id, a rule set's year…) must be unique across plugins: two plugins claiming the same stops
 * start-up, naming both. New extension points arrive as new methods here, so old plugins keep working.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface PluginContext {

    /** The plugin's settings, read and checked ({@link YibanPlugin#settings()}). */
    <T extends Record> T settings(Class<T> type);

    /** The store the runtime keeps the ledger in (exclusive: at most one plugin, and not when the app gives one). */
    void storage(Supplier<LedgerStore> store);

    /** An indicator the plugin measures for the students' evaluation (keyed by its code). */
    void indicator(PluginIndicator indicator);

    /** A normaliser for systems' {@code {"type": "external", "id": …}} leaves (keyed by id). */
    void normaliser(String id, ExternalNormaliser normaliser);

    /** A rule set of the students' evaluation (keyed by its academic year). */
    void ruleSet(RuleSet ruleSet);

    /** The students' evaluation system to use instead of the default preset (exclusive). */
    void evaluationPreset(IndicatorSystem system);

    /** A listener told of every growth archive record after it is written (run within a time budget; its failures are contained). */
    void archiveListener(ArchiveListener listener);

    /**
     * Read access to the running campus directory (校园名录), for extensions that look something up when they
     * are called — a listener finding a student's counsellor, an importer matching 学号. The directory
     * exists once start-up has ended: keep the supplier and call it from the extension, not from
     * {@link YibanPlugin#register}, where it throws {@link IllegalStateException}.
     *
     * <pre>{@code
     * Supplier<CampusDirectory> campus = context.directory();
     * context.archiveListener(record -> campus.get().student(record.student()).ifPresent(…));
     * }</pre>
     */
    Supplier<CampusDirectory> directory();

    /**
     * Read access to the running growth archives (成长档案), on the same terms as {@link #directory()}: call
     * the supplier when the extension runs — a listener told of a revocation looking up what was revoked.
     * An extension reads; it does not record (a listener that writes breaks the test kit's contract).
     */
    Supplier<GrowthArchives> archives();

    /** An importer (keyed by its id). */
    void importer(Importer importer);

    /** An exporter (keyed by its id). */
    void exporter(Exporter exporter);

    /** The charter the organisation is checked against instead of the seed's (exclusive). */
    void charterPreset(Charter charter);

    /** A budget allocation policy (keyed by its id). */
    void allocationPolicy(AllocationPolicy policy);

    /**
     * A rule added to the runtime's access policy (keyed by its name): it may allow what no grant allows, or deny what
     * the grants allow ({@link AccessRule}).
     */
    void accessRule(AccessRule rule);
}
