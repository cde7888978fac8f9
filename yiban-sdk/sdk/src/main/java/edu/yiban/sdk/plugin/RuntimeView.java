package edu.yiban.sdk.plugin;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.GrowthArchive;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.id.StudentNo;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.scoring.YibanScoring;
import org.apiguardian.api.API;

/**
 * What an {@link Importer} writes into and an {@link Exporter} reads: the parts of a running runtime
 * ({@code edu.yiban.sdk.Yiban}, which is one). Everything written goes through the parts' own commands, so it is
 * checked, kept in the ledger and seen by the projections like any other write.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RuntimeView {
    /** The core: directory, archives, spaces and the ledger (to read). */
    YibanCore core();

    /** The YiBan organisation, its plan and budget. */
    YibanOrganisation organisation();

    /** The evaluations and their rounds. */
    YibanScoring scoring();

    /** The campus directory (校园名录), {@code core().directory()}. */
    default CampusDirectory campus() {
        return core().directory();
    }

    /** The growth archives (成长档案), {@code core().archives()}. */
    default GrowthArchives archives() {
        return core().archives();
    }

    /** One student's growth archive (成长档案), {@code core().archives().of(student)}. */
    default GrowthArchive archive(StudentNo student) {
        return core().archives().of(student);
    }
}
