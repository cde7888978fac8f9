package edu.yiban.store;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.Yiban;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * One runtime in a process of its own, for {@link TwoProcessesTest}: {@code java RuntimeProcess <postgres|mariadb> <url>
 * <writes> <students…>}. It opens a runtime over the database (no follower thread), says {@code ready}, then records
 * {@code writes} entries into the students' archives, printing {@code ack <学号> <sequence>} for each acknowledged one,
 * while it answers the other process's {@code check <学号> <sequence>} lines from standard input with
 * {@code stale …} when its own read missed that acknowledged write. On {@code finish}, once its writes are done, it
 * prints {@code done <entries> <digest of the term's evaluation>} and ends.
 */
public final class RuntimeProcess {
    private RuntimeProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JdbcLedgerStore store = args[0].equals("postgres") ? JdbcLedgerStore.postgres(args[1]) : JdbcLedgerStore.mariadb(args[1]);
        int writes = Integer.parseInt(args[2]);
        List<StudentNo> students = List.of(args).subList(3, args.length).stream().map(StudentNo::of).toList();
        try (Yiban yiban = Yiban.builder().store(store).clock(Campus.clock()).follow(Duration.ZERO).build()) {
            out.println("ready");
            Thread writer = new Thread(() -> {
                for (int i = 0; i < writes; i++) {
                    StudentNo student = students.get(i % students.size());
                    try {
                        EntryRef ref = yiban.archive(student).record(grade("B" + i, 60 + i % 40));
                        out.println("ack " + student.value() + " " + ref.sequence());
                    } catch (ConcurrencyException spent) {
                        out.println("refused " + student.value());
                    }
                }
            }, "writer");
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(" ");
                if (parts[0].equals("check")) {
                    long seen = yiban.archive(StudentNo.of(parts[1])).version();
                    if (seen < Long.parseLong(parts[2])) {
                        out.println("stale " + parts[1] + " " + parts[2] + " " + seen);
                    }
                } else if (parts[0].equals("finish")) {
                    writer.join();
                    out.println("done " + entries(yiban) + " " + digest(yiban));
                    return;
                }
            }
        }
    }

    /** The entries of the test's term in the runtime's archive columns. */
    static long entries(Yiban yiban) {
        return yiban.core().archives().columns().term(Campus.T2022_1).size();
    }

    /** A digest of the term's evaluation as the runtime computes it. */
    static String digest(Yiban yiban) throws NoSuchAlgorithmException {
        String results = yiban.scoring().students().evaluate(Campus.T2022_1).results().toString();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(results.getBytes(StandardCharsets.UTF_8)));
    }

    static ArchiveEntry grade(String course, int score) {
        return ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(Campus.T2022_1).category(Category.ACADEMIC)
                .title(course + " " + score).attribute("course", course).attribute("credits", "2")
                .attribute("score", Integer.toString(score)).source(SourceSystem.ACADEMIC_AFFAIRS)
                .recordedBy(Campus.COUNSELLOR).visibility(Visibility.FAMILY).build();
    }
}
