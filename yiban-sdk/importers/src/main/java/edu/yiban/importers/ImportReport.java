package edu.yiban.importers;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What an import did (导入结果), or in a dry run (试运行) what it would do.
 *
 * @param written how many students it enrolled (in a dry run: would enrol)
 * @param skipped rows already in the directory as the file has them (same 学号 in the same class), left alone
 * @param errors  rows refused: in lenient mode or a dry run, the rows left out; otherwise empty
 * @param dryRun  whether nothing was written on purpose
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImportReport(int written, int skipped, List<ImportError> errors, boolean dryRun) {
    public ImportReport {
        errors = List.copyOf(errors);
        if (written < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts are not negative: " + written + ", " + skipped);
        }
    }
}
