package edu.yiban.examples.volunteer;

import edu.yiban.sdk.plugin.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The settings of the volunteer-hours plugin, read from {@code plugins.volunteer-hours.*}.
 *
 * @param capHours the most hours one term counts (default {@value #DEFAULT_CAP_HOURS}, when the key is absent)
 */
public record VolunteerHoursSettings(
        @Setting(zh = "每学期计入的志愿服务时长上限（小时）", en = "most volunteer hours one term counts", defaultValue = "40")
        @Min(1) @Max(1000) int capHours) {

    /** The cap when none is set: the setting's {@code defaultValue}. */
    public static final int DEFAULT_CAP_HOURS = 40;
}
