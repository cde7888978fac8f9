package edu.yiban.store;

import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StreamId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A process that appends to an H2 file store and is then killed at once, without closing anything:
 * {@code java HaltAfterAppending <file> <records>}. {@link JdbcLedgerStoreTest} reads what it left.
 */
public final class HaltAfterAppending {
    private HaltAfterAppending() {
    }

    public static void main(String[] args) {
        JdbcLedgerStore store = JdbcLedgerStore.h2File(Path.of(args[0]));
        WritableLedger ledger = new WritableLedger(store, Clock.systemUTC());
        StreamId stream = StreamId.of("archive", "2022030117");
        int records = Integer.parseInt(args[1]);
        for (int i = 0; i < records; i++) {
            ledger.append(stream, i, List.of(new RecordDraft("archive.entry-recorded",
                    ("entry " + i).getBytes(StandardCharsets.UTF_8))));
        }
        System.out.println("appended " + records);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
