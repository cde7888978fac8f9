package edu.yiban.examples.volunteer;

import edu.yiban.sdk.plugin.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The settings of the volunteer-hours plugin, read from {@code plugins.volunteer-hours.*}.
 *
 * @param capHours the most hours one term counts (default {@value #DEFAULT_CAP_HOURS})
 */
public record VolunteerHoursSettings(
        @Setting(zh = "每学期计入的志愿服务时长上限（小时）", en = "most volunteer hours one term counts")
        @Min(1) @Max(1000) Integer capHours) {

    /** The cap when none is set. */
    public static final int DEFAULT_CAP_HOURS = 40;

    /** The cap in force: the one set, or {@value #DEFAULT_CAP_HOURS}. */
    public int cap() {
        return capHours == null ? DEFAULT_CAP_HOURS : capHours;
    }
}
