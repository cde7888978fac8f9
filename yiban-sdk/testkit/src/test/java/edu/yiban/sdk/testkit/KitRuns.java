package edu.yiban.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs one of the kit's contracts against a plugin or store made for the purpose, as a plugin author's build
 * would run it, and collects what failed. The kit's tests prove with it that the kit passes sound
 * extensions and fails broken ones.
 *
 * <p>A broken extension may be made only while a run is on ({@link #assumeProving}): a build that picks up
 * the nested contract classes by a test pattern skips them instead of failing.
 */
final class KitRuns {
    /** Whether a run of this class is on. */
    private static volatile boolean proving;

    private KitRuns() {
    }

    /** Skips the calling contract, saying {@code why}, unless it runs inside {@link #run} or {@link #failures}. */
    static void assumeProving(String why) {
        Assumptions.assumeTrue(proving, why);
    }

    /** The test events of {@code kit} run by the JUnit Jupiter engine. */
    static Events run(Class<?> kit) {
        return run(kit, "junit-jupiter");
    }

    /** Every test of {@code kit} that failed on the {@code engines} (Jupiter by default), by display name, with its message. */
    static Map<String, String> failures(Class<?> kit, String... engines) {
        Map<String, String> failures = new TreeMap<>();
        for (String engine : engines.length == 0 ? new String[] {"junit-jupiter"} : engines) {
            Events tests = run(kit, engine);
            assertThat(tests.started().count()).as("%s ran no test of %s", engine, kit.getSimpleName()).isPositive();
            for (Event failed : tests.failed().list()) {
                String message = failed.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage)
                        .orElse("");
                failures.put(failed.getTestDescriptor().getDisplayName(), message);
            }
        }
        return failures;
    }

    private static Events run(Class<?> kit, String engine) {
        proving = true;
        try {
            return EngineTestKit.engine(engine)
                    .configurationParameter("jqwik.database", "target/jqwik-database-broken-stores")
                    .configurationParameter("jqwik.reporting.onlyfailures", "true")
                    .selectors(selectClass(kit))
                    .execute()
                    .testEvents();
        } finally {
            proving = false;
        }
    }
}
