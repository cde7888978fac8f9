package edu.yiban.examples.cli;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.student.Part;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
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
 * configure its own: the rule set reads the volunteer-hours indicator and counts it as a capped bonus part of
 * the students' total (0.05 a capped hour, at most 2 points), and the sanction notifier writes its notices to
 * an outbox file. The campus is the same without them; only the bonus and the outbox are missing.
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
            builder.rules(RuleSets.of(withVolunteerBonus(RuleSet.example2022())));
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

    /** {@code base} reading the plugin's indicator, with a bonus part on the total that counts it. */
    static RuleSet withVolunteerBonus(RuleSet base) {
        Indicator hours = new Indicator(VOLUNTEER_INDICATOR, new Bilingual("每学期志愿服务时长（封顶）", "volunteer hours per term, capped"),
                "小时", Direction.HIGHER_IS_BETTER, "plugin:" + VOLUNTEER, Optional.empty());
        String variable = VOLUNTEER_INDICATOR.replace('-', '_');
        Part bonus = Part.of(VOLUNTEER_BONUS, new Bilingual("志愿服务加分（插件）", "volunteer bonus (plugin)"), BigDecimal.ONE)
                .withFormula("min(max(" + variable + " * " + PER_HOUR.toPlainString() + ", 0), " + BONUS_CAP.toPlainString() + ")");
        List<Part> parts = new ArrayList<>(base.parts().children());
        parts.add(bonus);
        return base.withParts(base.parts().withChildren(parts)).withIndicators(List.of(hours));
    }
}
