package edu.yiban.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.archive.Category;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * The archive listener contract passes a sound listener (one noting sanctions for the counsellor) and
 * fails listeners broken on purpose, each with a message naming the contract it broke.
 */
class ListenerKitTest {
    private static final String QUIET = "quiet: told of every kind of record, no listener throws or runs past its budget";
    private static final String WRITES = "writes kept: the ledger holds exactly what the kit wrote, and every chain verifies";
    static final List<String> NOTED = new CopyOnWriteArrayList<>();

    /** A plugin with one listener, made from the running directory. */
    static YibanPlugin plugin(Function<Supplier<CampusDirectory>, ArchiveListener> listener) {
        return new YibanPlugin() {
            @Override
            public String id() {
                return "listener-under-test";
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public void register(PluginContext context) {
                context.archiveListener(listener.apply(context.directory()));
            }
        };
    }

    /** Notes each sanction for the student's counsellor; tolerates corrections and revocations. */
    static class Sound extends ArchiveListenerPluginContract {
        @Override
        protected YibanPlugin newPlugin() {
            return plugin(campus -> record -> {
                if (record.entry().category().equals(Category.DISCIPLINE)) {
                    campus.get().student(record.ref().student()).flatMap(s -> campus.get().counsellorOf(s.classId()))
                            .ifPresent(c -> NOTED.add(c.value() + " " + record.ref()));
                }
            });
        }
    }

    /** Throws on every correction: it assumed entries are never corrected. */
    static class Throwing extends ArchiveListenerPluginContract {
        @Override
        protected YibanPlugin newPlugin() {
            KitRuns.assumeProving("runs only inside ListenerKitTest");
            return plugin(campus -> record -> {
                if (record.corrects().isPresent()) {
                    throw new IllegalStateException("a corrected entry? never");
                }
            });
        }
    }

    /** Hangs on sanctions, as a listener waiting on a mail server that does not answer. */
    static class Hanging extends ArchiveListenerPluginContract {
        @Override
        protected YibanPlugin newPlugin() {
            KitRuns.assumeProving("runs only inside ListenerKitTest");
            return plugin(campus -> record -> {
                if (record.entry().category().equals(Category.DISCIPLINE)) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }

    /** Writes a note of its own into the archive it is told about, which a listener must not do. */
    static class Writing extends ArchiveListenerPluginContract {
        private volatile GrowthArchives archives;

        @Override
        protected YibanPlugin newPlugin() {
            KitRuns.assumeProving("runs only inside ListenerKitTest");
            return plugin(campus -> record -> {
                if (record.entry().category().equals(Category.DISCIPLINE) && record.corrects().isEmpty()) {
                    archives.of(record.ref().student()).record(record.entry().toBuilder().category(Category.of("notice"))
                            .title("已通知辅导员").attribute("level", "none").visibility(Visibility.CAMPUS).build());
                }
            });
        }

        @Override
        protected void prepare(Yiban campus) {
            archives = campus.archives();
        }
    }

    @Test
    void aSoundListenerPassesEveryContract() {
        NOTED.clear();
        Events tests = KitRuns.run(Sound.class);

        assertThat(tests.failed().count()).isZero();
        assertThat(tests.succeeded().count()).isEqualTo(2);
        // each run records one sanction and its correction for 2022990001, whose counsellor is KIT-C
        assertThat(NOTED).hasSize(4).allMatch(n -> n.startsWith("KIT-C 2022990001#"));
    }

    @Test
    void aListenerThrowingOnCorrectionsBreaksQuiet() {
        Map<String, String> failures = KitRuns.failures(Throwing.class);

        assertThat(failures).containsOnlyKeys(QUIET);
        assertThat(failures.get(QUIET))
                .startsWith("the quiet listener contract is broken: the SDK contained 1 fault(s) of the plugin's listeners; the first, on 2022990001#")
                .contains("a corrected entry? never")
                .contains("“监听不出故障”契约被破坏");
    }

    @Test
    void aListenerHangingOnSanctionsBreaksQuiet() {
        Map<String, String> failures = KitRuns.failures(Hanging.class);

        assertThat(failures).containsKey(QUIET);
        assertThat(failures.get(QUIET)).startsWith("the quiet listener contract is broken: the SDK contained 2 fault(s)");
    }

    @Test
    void aListenerWritingItsOwnRecordsBreaksWritesKept() {
        Map<String, String> failures = KitRuns.failures(Writing.class);

        assertThat(failures).containsKey(WRITES);
        // the kit writes 6 students × 3 entries + a sanction, its correction and a revocation = 21; the listener adds 1
        assertThat(failures.get(WRITES)).startsWith("the writes kept contract is broken: the kit wrote 21 record(s), but the ledger gained 22");
    }
}
