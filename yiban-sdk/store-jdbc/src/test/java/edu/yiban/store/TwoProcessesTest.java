package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.sdk.Yiban;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two runtimes in two JVMs on one server database, writing into the same students' archives at once: every write one
 * acknowledges, the other's next read sees (each checks the other's acknowledgements as they come), and in the end both
 * count every acknowledged entry and evaluate the term alike; no stream forks (every chain verifies). On PostgreSQL and
 * on MariaDB; a server that does not answer is skipped with the variable that names another.
 */
class TwoProcessesTest {
    private static final int WRITES_EACH = 150;

    static Stream<Arguments> servers() {
        List<Arguments> servers = new ArrayList<>();
        servers.add(Arguments.of("PostgreSQL", "postgres", (Supplier<String>) TestDatabases::newPostgresSchema));
        servers.add(Arguments.of("MariaDB", "mariadb", (Supplier<String>) TestDatabases::newMariadbDatabase));
        return servers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void twoProcessesOnOneDatabaseSeeEveryWriteTheOtherAcknowledged(String name, String kind, Supplier<String> database)
            throws Exception {
        String url = database.get();
        try (Yiban a = Yiban.builder().store(open(kind, url)).clock(Campus.clock()).follow(Duration.ZERO).build()) {
            Campus.fill(a.campus());
            StudentNo sun = StudentNo.of("2022019001");
            a.campus().enrol(Enrolment.of(sun, "孙悦", Campus.EDU2201, LocalDate.of(2022, 9, 1)));
            List<StudentNo> students = List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI, sun);

            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), RuntimeProcess.class.getName(),
                    kind, url, Integer.toString(WRITES_EACH)));
            students.forEach(s -> command.add(s.value()));
            Path log = TestDatabases.scratch().resolve("runtime-process-" + kind + ".log");
            Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
            try {
                BufferedReader fromChild = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                PrintStream toChild = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8);
                assertThat(fromChild.readLine()).as("the child's first line (its log: %s)", log).isEqualTo("ready");

                AtomicInteger childAcks = new AtomicInteger();
                List<String> stale = new CopyOnWriteArrayList<>();
                String[] done = new String[1];
                Thread reader = new Thread(() -> {
                    try {
                        for (String line = fromChild.readLine(); line != null; line = fromChild.readLine()) {
                            String[] parts = line.split(" ");
                            switch (parts[0]) {
                                case "ack" -> {
                                    childAcks.incrementAndGet();
                                    long seen = a.archive(StudentNo.of(parts[1])).version();
                                    if (seen < Long.parseLong(parts[2])) {
                                        stale.add("parent missed " + line + ", saw " + seen);
                                    }
                                }
                                case "stale" -> stale.add("child: " + line);
                                case "done" -> done[0] = line;
                                default -> { }
                            }
                        }
                    } catch (java.io.IOException e) {
                        stale.add("reading the child: " + e);
                    }
                }, "child-reader");
                reader.start();

                int parentAcks = 0;
                for (int i = 0; i < WRITES_EACH; i++) {
                    StudentNo student = students.get((i + 1) % students.size());
                    try {
                        EntryRef ref = a.archive(student).record(RuntimeProcess.grade("A" + i, 60 + i % 40));
                        parentAcks++;
                        toChild.println("check " + student.value() + " " + ref.sequence());
                    } catch (ConcurrencyException spent) {
                        // nothing was written: not acknowledged
                    }
                }
                toChild.println("finish");
                reader.join(TimeUnit.MINUTES.toMillis(2));
                assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();

                assertThat(stale).as("reads that missed a write the other process acknowledged before them").isEmpty();
                assertThat(done[0]).as("the child's last line (its log: %s)", log).startsWith("done ");
                long acknowledged = parentAcks + childAcks.get();
                long entries = RuntimeProcess.entries(a);
                assertThat(entries).isEqualTo(acknowledged);
                assertThat(done[0]).isEqualTo("done " + entries + " " + RuntimeProcess.digest(a));
                assertThat(a.core().verify().ok()).isTrue();
                System.out.printf("two processes on %s: %d entries acknowledged (%d by this JVM, %d by the other); "
                        + "each saw %d, lost 0, stale reads 0%n", name, acknowledged, parentAcks, childAcks.get(), entries);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private static JdbcLedgerStore open(String kind, String url) {
        return kind.equals("postgres") ? JdbcLedgerStore.postgres(url) : JdbcLedgerStore.mariadb(url);
    }
}
