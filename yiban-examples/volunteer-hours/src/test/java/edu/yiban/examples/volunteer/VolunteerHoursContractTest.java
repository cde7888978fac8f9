package edu.yiban.examples.volunteer;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.PluginIndicator;
import edu.yiban.sdk.testkit.IndicatorPluginContract;
import java.time.LocalDate;

/** The SDK's indicator contract, run on the volunteer-hours indicator: some students above the cap, some below, one with none. */
class VolunteerHoursContractTest extends IndicatorPluginContract {

    @Override
    protected PluginIndicator newIndicator() {
        return new VolunteerHoursIndicator(VolunteerHoursSettings.DEFAULT_CAP_HOURS);
    }

    @Override
    protected void prepare(Yiban campus) {
        int n = 0;
        for (StudentNo s : students()) {
            n++;
            if (n == 6) {
                break; // the sixth has no volunteer hours
            }
            for (int visit = 1; visit <= n; visit++) {
                campus.archive(s).record(ArchiveEntry.builder().date(LocalDate.of(2022, 10, visit)).term(TERM)
                        .category(Category.VOLUNTEER).title("社区志愿服务").attribute("hours", Integer.toString(4 * visit))
                        .source(SourceSystem.YOUTH_LEAGUE).recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build());
            }
        }
    }
}
