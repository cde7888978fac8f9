package edu.yiban.examples.volunteer;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.YibanPlugin;

/**
 * Measures each student's volunteer hours (志愿服务时长) per term, capped, as the indicator
 * {@value VolunteerHoursIndicator#CODE}. Found by {@link java.util.ServiceLoader} when its jar is on the
 * class path; its one setting is {@code plugins.volunteer-hours.capHours} (default 40).
 *
 * <p>The indicator is measured at every students' evaluation and kept among the raw values, with this
 * plugin as its source. It counts in a score when the campus's evaluation system reads it, for example as
 * a capped bonus:
 *
 * <pre>{@code
 * {"code": "volunteer-bonus", "name": {"zh": "志愿服务加分", "en": "volunteer bonus"}, "kind": "BONUS",
 *  "indicator": "volunteer-hours-term", "perUnit": 0.05, "cap": 2}
 * }</pre>
 */
public final class VolunteerHoursPlugin implements YibanPlugin {
    /** The plugin's id, the middle of its settings' keys. */
    public static final String ID = "volunteer-hours";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String requiresSdk() {
        return "[0.1,1.0)";
    }

    @Override
    public Bilingual name() {
        return Messages.name("plugin.name");
    }

    @Override
    public Class<? extends Record> settings() {
        return VolunteerHoursSettings.class;
    }

    @Override
    public void register(PluginContext context) {
        context.indicator(new VolunteerHoursIndicator(context.settings(VolunteerHoursSettings.class).capHours()));
    }
}
