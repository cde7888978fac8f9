package edu.yiban.sdk;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.system.Adjustment;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.scoring.system.SystemNode;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import edu.yiban.sdk.plugin.Setting;
import edu.yiban.sdk.plugin.YibanPlugin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Small plugins for the runtime's tests, and the campus they run on. */
final class TestPlugins {
    private TestPlugins() {
    }

    /** A plugin of the given id doing nothing. */
    static YibanPlugin named(String id, String requiresSdk) {
        return new YibanPlugin() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public String requiresSdk() {
                return requiresSdk;
            }
        };
    }

    /** The settings of the library plugin. */
    record LibrarySettings(
            @Setting(zh = "图书馆系统地址", en = "library system URL") @NotBlank String endpoint,
            @Setting(zh = "访问令牌", en = "access token", secret = true) @NotBlank String token,
            @Setting(zh = "每小时折算分值", en = "points per hour") @NotNull @Min(0) Integer pointsPerHour) {
    }

    /**
     * A plugin measuring library hours: {@code hours} gives each student's value (or throws, sleeps, returns
     * NaN), and the students' system gets the indicator as a capped bonus on the moral dimension.
     */
    static final class LibraryPlugin implements YibanPlugin {
        private final Function<String, Number> hours;
        private final Optional<java.time.Duration> budget;

        LibraryPlugin(Function<String, Number> hours) {
            this(hours, Optional.empty());
        }

        LibraryPlugin(Function<String, Number> hours, Optional<java.time.Duration> budget) {
            this.hours = hours;
            this.budget = budget;
        }

        @Override
        public String id() {
            return "library";
        }

        @Override
        public String version() {
            return "2.1.0";
        }

        @Override
        public Class<? extends Record> settings() {
            return LibrarySettings.class;
        }

        @Override
        public void register(PluginContext context) {
            LibrarySettings settings = context.settings(LibrarySettings.class);
            context.indicator(new PluginIndicator() {
                @Override
                public Indicator indicator() {
                    return new Indicator("library-hours", new Bilingual("图书馆学习时长", "library hours"), "小时",
                            Direction.HIGHER_IS_BETTER, "library", Optional.empty());
                }

                @Override
                public Optional<BigDecimal> max() {
                    return Optional.of(BigDecimal.valueOf(500));
                }

                @Override
                public Optional<java.time.Duration> budget() {
                    return budget;
                }

                @Override
                public Map<String, Number> measure(IndicatorContext c) {
                    Map<String, Number> values = new TreeMap<>();
                    for (String student : c.students()) {
                        values.put(student, hours.apply(student));
                    }
                    return values;
                }
            });
            context.evaluationPreset(withLibraryBonus(BigDecimal.valueOf(settings.pointsPerHour())));
        }
    }

    /** The default students' system with a library bonus on the moral node: points per hour, capped at 5. */
    static IndicatorSystem withLibraryBonus(BigDecimal perHour) {
        IndicatorSystem base = StudentEvaluation.defaultSystem();
        List<Indicator> indicators = new ArrayList<>(base.indicators());
        indicators.add(new Indicator("library-hours", new Bilingual("图书馆学习时长", "library hours"), "小时",
                Direction.HIGHER_IS_BETTER, "library", Optional.empty()));
        SystemNode root = base.root().withAdjustments(List.of(new Adjustment("library-bonus", new Bilingual("图书馆学习加分", "library bonus"),
                Adjustment.Kind.BONUS, "library-hours", perHour, Optional.of(BigDecimal.valueOf(5)))));
        return new IndicatorSystem(base.id() + "-library", base.name(), base.version(), indicators, root,
                base.vetoes(), base.gates());
    }

    /** The settings the library plugin needs. */
    static Map<String, String> librarySettings() {
        return Map.of("plugins.library.endpoint", "https://library.example.edu", "plugins.library.token", "s3cr3t-token",
                "plugins.library.pointsPerHour", "1");
    }

    /** Grades for the campus's three students, so that they are evaluated. */
    static void grades(edu.yiban.core.YibanCore core) {
        for (StudentNo student : List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI)) {
            core.archives().of(student).record(ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(Campus.T2022_1)
                    .category(Category.ACADEMIC).title("MATH101 85").attribute("course", "MATH101").attribute("credits", "4")
                    .attribute("score", "85").source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(Campus.COUNSELLOR)
                    .visibility(Visibility.FAMILY).build());
        }
    }

    /** An entry worth {@code points} moral points. */
    static ArchiveEntry moralEntry(String points) {
        return Campus.entry(Campus.T2022_1, LocalDate.of(2022, 10, 1), points, Visibility.CAMPUS).toBuilder()
                .dimension(Dimension.MORAL).build();
    }
}
