package edu.yiban.examples.cli;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.system.Adjustment;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.Plugins;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the demo campus uses the example plugins when {@link PluginFolder} finds them, as a campus would
 * configure its own: the volunteer-hours indicator counts as a capped bonus on the students' total (0.05
 * a capped hour, at most 2 points), and the sanction notifier writes its notices to an outbox file. The
 * campus is the same without them; only the bonus and the outbox are missing.
 */
final class DemoPlugins {
    /** The volunteer-hours plugin's id and the code of the indicator it measures. */
    static final String VOLUNTEER = "volunteer-hours";
    static final String VOLUNTEER_INDICATOR = "volunteer-hours-term";
    /** The code of the bonus that reads it. */
    static final String VOLUNTEER_BONUS = "volunteer-bonus";
    /** The sanction notifier's id, and the outbox file the demo gives it. */
    static final String NOTIFIER = "sanction-notifier";
    static final String OUTBOX = "counsellor-outbox.jsonl";

    private static final BigDecimal PER_HOUR = new BigDecimal("0.05");
    private static final BigDecimal BONUS_CAP = new BigDecimal("2");

    private DemoPlugins() {
    }

    /**
     * {@code builder} with {@code found} and what the demo campus sets for them.
     *
     * @param outboxFolder where the notifier's outbox goes, or null to leave it unset (notices only logged)
     */
    static Yiban.Builder configure(Yiban.Builder builder, List<Plugins.Found> found, Path outboxFolder) {
        builder.plugins(found);
        if (has(found, VOLUNTEER)) {
            builder.studentSystem(withVolunteerBonus(StudentEvaluation.defaultSystem()));
        }
        if (has(found, NOTIFIER) && outboxFolder != null) {
            Path outbox = outboxFolder.resolve(OUTBOX);
            try {
                Files.deleteIfExists(outbox); // the notifier appends: start this run's afresh
            } catch (IOException e) {
                throw Outputs.cannotWrite(outbox, e);
            }
            builder.config(Map.of("plugins." + NOTIFIER + ".outbox", outbox.toString()));
        }
        return builder;
    }

    static boolean has(List<Plugins.Found> found, String id) {
        return found.stream().anyMatch(f -> f.plugin().id().equals(id));
    }

    /** {@code base} with the plugin's indicator and a bonus that reads it. */
    static IndicatorSystem withVolunteerBonus(IndicatorSystem base) {
        List<Indicator> indicators = new ArrayList<>(base.indicators());
        indicators.add(new Indicator(VOLUNTEER_INDICATOR, new Bilingual("每学期志愿服务时长（封顶）", "volunteer hours per term, capped"),
                "小时", Direction.HIGHER_IS_BETTER, VOLUNTEER, Optional.empty()));
        List<Adjustment> adjustments = new ArrayList<>(base.root().adjustments());
        adjustments.add(new Adjustment(VOLUNTEER_BONUS, new Bilingual("志愿服务加分（插件）", "volunteer bonus (plugin)"),
                Adjustment.Kind.BONUS, VOLUNTEER_INDICATOR, PER_HOUR, Optional.of(BONUS_CAP)));
        return new IndicatorSystem(base.id() + "+volunteer-bonus", base.name(), base.version(), indicators,
                base.root().withAdjustments(adjustments), base.vetoes(), base.gates());
    }
}
