package edu.yiban.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * The indicator contract passes a sound indicator (volunteer hours from the growth archives) and fails
 * indicators broken on purpose, each with a message naming the contract it broke.
 */
class IndicatorKitTest {
    /** Sums each student's volunteer hours in the term, from the archives; at most 200. */
    static class VolunteerHours implements PluginIndicator {
        @Override
        public Indicator indicator() {
            return new Indicator("volunteer-hours-kit", new Bilingual("志愿服务时长", "volunteer hours"), "小时", Direction.HIGHER_IS_BETTER,
                    "archive", Optional.empty());
        }

        @Override
        public Optional<BigDecimal> max() {
            return Optional.of(BigDecimal.valueOf(200));
        }

        @Override
        public Map<String, Number> measure(IndicatorContext context) {
            Map<String, Number> hours = new TreeMap<>();
            for (String student : context.students()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (ArchiveRecord r : context.archives().of(StudentNo.of(student)).timeline(Viewer.of(PersonId.of(student)))) {
                    if (r.entry().category().equals(Category.VOLUNTEER)) {
                        sum = sum.add(new BigDecimal(r.entry().attribute("hours").orElse("0")));
                    }
                }
                hours.put(student, sum.min(BigDecimal.valueOf(200)));
            }
            return hours;
        }
    }

    static void volunteer(Yiban yiban) {
        int hours = 4;
        for (StudentNo s : IndicatorPluginContract.students()) {
            yiban.archive(s).record(ArchiveEntry.builder().date(LocalDate.of(2022, 11, 1)).term(IndicatorPluginContract.TERM)
                    .category(Category.VOLUNTEER).title("志愿服务").attribute("hours", Integer.toString(hours += 3))
                    .source(SourceSystem.YOUTH_LEAGUE).recordedBy(IndicatorPluginContract.COUNSELLOR).visibility(Visibility.CAMPUS).build());
        }
    }

    /** The sound indicator passes the whole contract. */
    static class VolunteerHoursContractTest extends IndicatorPluginContract {
        @Override
        protected PluginIndicator newIndicator() {
            return new VolunteerHours();
        }

        @Override
        protected void prepare(Yiban campus) {
            volunteer(campus);
        }
    }

    @Test
    void aSoundIndicatorPassesEveryContract() {
        Events tests = KitRuns.run(VolunteerHoursContractTest.class);

        assertThat(tests.started().count()).isEqualTo(5);
        assertThat(tests.failed().count()).isZero();
        assertThat(tests.succeeded().count()).isEqualTo(5);
    }

    @Test
    void anIndicatorGivingOtherValuesEachCallBreaksDeterminism() {
        Map<String, String> failures = KitRuns.failures(Wandering.class);

        assertThat(failures).containsOnlyKeys("deterministic: two calls on the same campus give the same values");
        assertThat(failures.values().iterator().next())
                .startsWith("the deterministic indicator contract is broken: two calls on the same campus gave student 2022990001 the values")
                .contains("“指标结果确定”契约被破坏");
    }

    @Test
    void anIndicatorGivingValuesAboveItsRangeBreaksTheRangeContract() {
        Map<String, String> failures = KitRuns.failures(TooHigh.class);

        assertThat(failures).containsKey("in range: every value is a finite number within the declared range");
        assertThat(failures.get("in range: every value is a finite number within the declared range"))
                .startsWith("the values in range contract is broken: student 2022990001 was given 999, outside the declared range 0 to 200");
        assertThat(failures.get("explained: run by the SDK, its values reach the raw values with the plugin as source"))
                .startsWith("the explained values contract is broken: the SDK contained a fault of the indicator");
    }

    @Test
    void anIndicatorThatWritesBreaksInputsUntouched() {
        Map<String, String> failures = KitRuns.failures(Writing.class);

        assertThat(failures).containsKey("inputs untouched: measuring writes nothing and leaves the students it was given");
        assertThat(failures.get("inputs untouched: measuring writes nothing and leaves the students it was given"))
                .startsWith("the inputs untouched contract is broken: measuring wrote 1 record(s) to the ledger, the first archive:2022990001#");
    }

    @Test
    void anIndicatorWithoutAnEnglishNameBreaksTheDeclaration() {
        Map<String, String> failures = KitRuns.failures(Unnamed.class);

        assertThat(failures.get("declared: a code, names in Chinese and English, a unit, a source and an ordered range"))
                .startsWith("the declared indicator contract is broken: indicator volunteer-hours-kit needs a name in Chinese and in English");
    }

    // ---------------------------------------------------------------- indicators broken on purpose

    static class Wandering extends IndicatorPluginContract {
        @Override
        protected PluginIndicator newIndicator() {
            KitRuns.assumeProving("runs only inside IndicatorKitTest");
            AtomicInteger calls = new AtomicInteger();
            return new VolunteerHours() {
                @Override
                public Map<String, Number> measure(IndicatorContext context) {
                    int call = calls.incrementAndGet();
                    Map<String, Number> out = new TreeMap<>();
                    context.students().forEach(s -> out.put(s, call));
                    return out;
                }
            };
        }
    }

    static class TooHigh extends IndicatorPluginContract {
        @Override
        protected PluginIndicator newIndicator() {
            KitRuns.assumeProving("runs only inside IndicatorKitTest");
            return new VolunteerHours() {
                @Override
                public Map<String, Number> measure(IndicatorContext context) {
                    Map<String, Number> out = new TreeMap<>();
                    context.students().forEach(s -> out.put(s, 999));
                    return out;
                }
            };
        }
    }

    static class Writing extends IndicatorPluginContract {
        @Override
        protected PluginIndicator newIndicator() {
            KitRuns.assumeProving("runs only inside IndicatorKitTest");
            return new VolunteerHours() {
                @Override
                public Map<String, Number> measure(IndicatorContext context) {
                    StudentNo first = StudentNo.of(context.students().first());
                    context.archives().of(first).record(ArchiveEntry.builder().date(LocalDate.of(2022, 11, 2)).term(IndicatorPluginContract.TERM)
                            .category(Category.ACTIVITY).title("不该写").source(SourceSystem.YIBAN).recordedBy(IndicatorPluginContract.COUNSELLOR)
                            .visibility(Visibility.CAMPUS).build());
                    return super.measure(context);
                }
            };
        }
    }

    static class Unnamed extends IndicatorPluginContract {
        @Override
        protected PluginIndicator newIndicator() {
            KitRuns.assumeProving("runs only inside IndicatorKitTest");
            return new VolunteerHours() {
                @Override
                public Indicator indicator() {
                    return new Indicator("volunteer-hours-kit", new Bilingual("志愿服务时长", " "), "小时", Direction.HIGHER_IS_BETTER,
                            "archive", Optional.empty());
                }
            };
        }
    }
}
