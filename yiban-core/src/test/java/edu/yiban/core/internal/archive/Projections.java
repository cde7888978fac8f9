package edu.yiban.core.internal.archive;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.visibility.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the projection tests compare between runtimes, and a store that outlives the runtimes closing it. */
public final class Projections {
    private Projections() {
    }

    /** How {@code core}'s archives started. */
    static ArchiveService.Start start(YibanCore core) {
        return ((ArchiveService) core.archives()).start();
    }

    /**
     * Every term's rows as readable text, sorted (a replay adds rows student by student, a live runtime as written, and
     * codes are interned in the order met, so rows are compared by what they say), and each student's timeline and
     * history as its own student sees them.
     */
    static Map<String, List<?>> of(YibanCore core, List<StudentNo> students) {
        Map<String, List<?>> out = new LinkedHashMap<>();
        ArchiveColumns columns = core.archives().columns();
        for (TermId term : columns.terms()) {
            out.put("term " + term, rows(columns, term));
        }
        for (StudentNo student : students) {
            Viewer self = Viewer.of(PersonId.of(student.value()));
            out.put("timeline " + student, core.archives().of(student).timeline(self));
            out.put("history " + student, core.archives().of(student).history(self));
            out.put("revocations " + student, core.archives().of(student).revocations(self));
        }
        return out;
    }

    /** Every row of {@code term} as readable text, sorted (a replay adds rows student by student, so row order differs). */
    public static List<String> rows(ArchiveColumns columns, TermId term) {
        TermColumns t = columns.term(term);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < t.size(); row++) {
            rows.add(columns.student(t.student(row)) + "#" + t.sequence(row) + " day=" + t.epochDay(row)
                    + " cat=" + columns.category(t.category(row)) + " dim=" + t.dimension(row) + " pts=" + t.points(row)
                    + " attrs=" + columns.attributes(t.attributes(row)) + " vis=" + t.visibility(row) + " eff=" + t.effective(row));
        }
        rows.sort(null);
        return rows;
    }

    /** A store kept across runtimes: closing a runtime leaves it open. */
    static final class Kept implements LedgerStore {
        private final LedgerStore real = LedgerStore.inMemory();

        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            return real.append(stream, expectedVersion, records);
        }

        @Override
        public List<StoredRecord> appendAll(List<StreamAppend> appends) {
            return real.appendAll(appends);
        }

        @Override
        public long version(StreamId stream) {
            return real.version(stream);
        }

        @Override
        public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
            return real.read(stream, fromSequence, maxCount);
        }

        @Override
        public List<StoredRecord> readAll(long fromPosition, int maxCount) {
            return real.readAll(fromPosition, maxCount);
        }

        @Override
        public List<StreamId> streams() {
            return real.streams();
        }

        @Override
        public void close() {
            // kept for the next runtime
        }
    }
}
