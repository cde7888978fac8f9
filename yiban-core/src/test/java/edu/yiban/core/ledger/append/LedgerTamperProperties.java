package edu.yiban.core.ledger.append;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Any single-byte change, reorder, insertion or deletion of a stream's stored records is found by
 * {@code verify}, which names the first record that is no longer what the ledger wrote.
 */
class LedgerTamperProperties {
    private static final StreamId STREAM = StreamId.of("archive", "2022030117");
    private static final StreamId OTHER = StreamId.of("archive", "2022030118");

    /** A change made to a stream's stored records, at positions taken modulo the stream's length. */
    sealed interface Tamper {
        List<StoredRecord> apply(List<StoredRecord> records, StoredRecord foreign);
    }

    record FlipByte(Part part, int at, int offset, int mask) implements Tamper {
        public List<StoredRecord> apply(List<StoredRecord> records, StoredRecord foreign) {
            List<StoredRecord> out = new ArrayList<>(records);
            int i = at % records.size();
            StoredRecord r = records.get(i);
            out.set(i, part.flip(r, offset, (byte) mask));
            return out;
        }
    }

    record Swap(int first, int second) implements Tamper {
        public List<StoredRecord> apply(List<StoredRecord> records, StoredRecord foreign) {
            List<StoredRecord> out = new ArrayList<>(records);
            Collections.swap(out, first % records.size(), second % records.size());
            return out;
        }
    }

    record InsertCopy(int at, int of) implements Tamper {
        public List<StoredRecord> apply(List<StoredRecord> records, StoredRecord foreign) {
            List<StoredRecord> out = new ArrayList<>(records);
            out.add(at % (records.size() + 1), records.get(of % records.size()));
            return out;
        }
    }

    record InsertForeign(int at) implements Tamper {
        public List<StoredRecord> apply(List<StoredRecord> records, StoredRecord foreign) {
            List<StoredRecord> out = new ArrayList<>(records);
            out.add(at % (records.size() + 1), foreign);
            return out;
        }
    }

    record Delete(int at) implements Tamper {
        public List<StoredRecord> apply(List<StoredRecord> records, StoredRecord foreign) {
            List<StoredRecord> out = new ArrayList<>(records);
            out.remove(at % records.size());
            return out;
        }
    }

    /** The stored parts of a record a byte can change in. */
    enum Part {
        PAYLOAD, HASH, TYPE, TIME, SEQUENCE;

        StoredRecord flip(StoredRecord r, int offset, byte mask) {
            return switch (this) {
                case PAYLOAD -> {
                    byte[] p = r.payload();
                    p[offset % p.length] ^= mask;
                    yield r.with(r.sequence(), r.type(), r.recordedAt(), p, r.hash());
                }
                case HASH -> {
                    byte[] h = r.hash().bytes();
                    h[offset % h.length] ^= mask;
                    yield r.with(r.sequence(), r.type(), r.recordedAt(), r.payload(), ChainHash.of(h));
                }
                case TYPE -> {
                    char[] t = r.type().toCharArray();
                    int i = offset % t.length;
                    t[i] = (char) (t[i] ^ (mask & 0x1f));
                    yield r.with(r.sequence(), new String(t), r.recordedAt(), r.payload(), r.hash());
                }
                case TIME -> r.with(r.sequence(), r.type(),
                        Instant.ofEpochMilli(r.recordedAt().toEpochMilli() ^ ((long) (mask & 0xff) << (8 * (offset % 6)))),
                        r.payload(), r.hash());
                case SEQUENCE -> r.with(r.sequence() ^ (mask & 0xff), r.type(), r.recordedAt(), r.payload(), r.hash());
            };
        }
    }

    @Provide
    Arbitrary<Tamper> tampers() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> mask = Arbitraries.integers().between(1, 255);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(Part.class), index, index, mask).as(FlipByte::new),
                Combinators.combine(index, index).as((a, b) -> (Tamper) new Swap(a, b)),
                Combinators.combine(index, index).as(InsertCopy::new),
                index.map(InsertForeign::new),
                index.map(Delete::new));
    }

    @Property(tries = 500)
    void verifyNamesTheFirstRecordThatIsNoLongerWhatTheLedgerWrote(
            @ForAll @Size(min = 1, max = 12) List<@Size(min = 1, max = 40) List<Byte>> payloads,
            @ForAll @IntRange(min = 1, max = 4) int batch,
            @ForAll("tampers") Tamper tamper) {
        TamperableStore store = new TamperableStore();
        WritableLedger ledger = new WritableLedger(store, Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < payloads.size(); i += batch) {
            List<RecordDraft> drafts = new ArrayList<>();
            for (List<Byte> p : payloads.subList(i, Math.min(payloads.size(), i + batch))) {
                drafts.add(new RecordDraft("archive.entry-recorded", bytes(p)));
            }
            ledger.append(STREAM, i, drafts);
        }
        StoredRecord foreign = ledger.append(OTHER, 0, List.of(new RecordDraft("archive.entry-recorded", new byte[] {1}))).get(0);
        List<StoredRecord> original = store.read(STREAM, 1, Integer.MAX_VALUE);
        List<StoredRecord> tampered = tamper.apply(original, foreign);
        store.tamper(STREAM, records -> tampered);

        Optional<ChainBreak> found = ledger.verify(STREAM).firstBreak();

        int firstDifference = firstDifference(original, tampered);
        if (firstDifference < 0) {
            assertThat(found).as("nothing changed (a swap of a record with itself)").isEmpty();
        } else {
            assertThat(found).as("a change at index %d of %s", firstDifference, tamper).isPresent();
            assertThat(found.get().sequence()).isEqualTo(firstDifference + 1L);
        }
    }

    private static int firstDifference(List<StoredRecord> original, List<StoredRecord> tampered) {
        int common = Math.min(original.size(), tampered.size());
        for (int i = 0; i < common; i++) {
            if (!original.get(i).equals(tampered.get(i))) {
                return i;
            }
        }
        return original.size() == tampered.size() ? -1 : common;
    }

    private static byte[] bytes(List<Byte> list) {
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
