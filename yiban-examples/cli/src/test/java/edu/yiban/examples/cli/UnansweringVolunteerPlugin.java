package edu.yiban.examples.cli;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for the example volunteer-hours plugin, deployed in its place, whose register never answers:
 * the same id and indicator, so that the demo campus's volunteer bonus reads it, and every call fails.
 * {@link PluginFaultsTest} deploys it in a plugins folder, without the real one.
 */
public final class UnansweringVolunteerPlugin implements YibanPlugin {
    /** What every call throws. */
    static final String FAILURE = "the youth league's volunteer register does not answer";

    @Override
    public String id() {
        return DemoPlugins.VOLUNTEER;
    }

    @Override
    public String version() {
        return "1.0.0-unanswering";
    }

    @Override
    public String requiresSdk() {
        return "[0.1,1.0)";
    }

    @Override
    public Bilingual name() {
        return new Bilingual("志愿服务时长（无响应）", "volunteer hours (not answering)");
    }

    @Override
    public void register(PluginContext context) {
        context.indicator(new PluginIndicator() {
            @Override
            public Indicator indicator() {
                return new Indicator(DemoPlugins.VOLUNTEER_INDICATOR, new Bilingual("每学期志愿服务时长", "volunteer hours per term"), "小时",
                        Direction.HIGHER_IS_BETTER, "youth-league", Optional.empty());
            }

            @Override
            public Optional<BigDecimal> max() {
                return Optional.of(BigDecimal.valueOf(40));
            }

            @Override
            public Map<String, Number> measure(IndicatorContext context) {
                throw new IllegalStateException(FAILURE);
            }
        });
    }
}
