package edu.yiban.sdk.plugin;

import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import java.time.LocalDate;
import java.util.SortedSet;
import org.apiguardian.api.API;

/**
 * What a {@link PluginIndicator} is asked to measure: the students (学号) evaluated, the period's first and
 * last day, and read access to the campus directory and the growth archives.
 *
 * @param students  the 学号 of the students evaluated
 * @param from      the period's first day
 * @param to        the period's last day
 * @param directory the campus directory
 * @param archives  the growth archives
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record IndicatorContext(SortedSet<String> students, LocalDate from, LocalDate to, CampusDirectory directory,
                               GrowthArchives archives) {
}
