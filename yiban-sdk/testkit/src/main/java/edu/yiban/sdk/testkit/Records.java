package edu.yiban.sdk.testkit;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The records the kit writes, and how it compares what a store gives back with what it was given. */
final class Records {
    /** The time of the kit's plain records: the seed plan's date. */
    static final Instant TIME = Instant.parse("2022-06-09T08:00:00.123Z");

    private Records() {
    }

    /** {@code count} records of {@code stream} from {@code fromSequence} on, each with its own payload and hash. */
    static List<PendingRecord> pending(StreamId stream, long fromSequence, int count) {
        long[] sequences = new long[count];
        for (int i = 0; i < count; i++) {
            sequences[i] = fromSequence + i;
        }
        return withSequences(stream, sequences);
    }

    /** Records of {@code stream} with exactly these sequences, right or wrong. */
    static List<PendingRecord> withSequences(StreamId stream, long... sequences) {
        List<PendingRecord> records = new ArrayList<>(sequences.length);
        for (long sequence : sequences) {
            byte[] payload = ("{\"record\":\"" + stream + "#" + sequence + "\"}").getBytes(StandardCharsets.UTF_8);
            byte[] hash = new byte[ChainHash.LENGTH];
            Arrays.fill(hash, (byte) (sequence * 31 + stream.hashCode()));
            records.add(new PendingRecord(sequence, "test.record", TIME, payload, ChainHash.of(hash)));
        }
        return records;
    }

    /**
     * The first way in which the records {@code via} gave back differ from those {@code stream} was given,
     * in order; empty when every byte is the same.
     */
    static Optional<Text> difference(StreamId stream, List<PendingRecord> given, List<StoredRecord> back, String via) {
        for (int i = 0; i < given.size(); i++) {
            PendingRecord g = given.get(i);
            if (i >= back.size()) {
                return Optional.of(Contract.text("bytes.missing", stream.value(), g.sequence(), via, back.size()));
            }
            Optional<Text> difference = difference(stream, g.sequence(), g.type(), g.recordedAt(), g.payload(), g.hash(),
                    back.get(i), via);
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    /** The first way in which {@code kept} differs from {@code expected}, position aside. */
    static Optional<Text> difference(StoredRecord expected, StoredRecord kept, String via) {
        return difference(expected.stream(), expected.sequence(), expected.type(), expected.recordedAt(),
                expected.payload(), expected.hash(), kept, via);
    }

    private static Optional<Text> difference(StreamId stream, long sequence, String type, Instant at, byte[] payload,
                                             ChainHash hash, StoredRecord kept, String via) {
        String s = stream.value();
        if (!kept.stream().equals(stream)) {
            return Optional.of(Contract.text("bytes.stream", s, sequence, kept.stream().value(), via));
        }
        if (kept.sequence() != sequence) {
            return Optional.of(Contract.text("bytes.sequence", s, sequence, kept.sequence(), via));
        }
        if (!kept.type().equals(type)) {
            return Optional.of(Contract.text("bytes.type", s, sequence, type, kept.type(), via));
        }
        if (!kept.recordedAt().equals(at)) {
            return Optional.of(Contract.text("bytes.time", s, sequence, at, kept.recordedAt(), via));
        }
        byte[] keptPayload = kept.payload();
        int index = Arrays.mismatch(payload, keptPayload);
        if (index >= 0) {
            return Optional.of(Contract.text("bytes.payload", s, sequence, index, hex(payload, index), hex(keptPayload, index),
                    payload.length, keptPayload.length, via));
        }
        if (!kept.hash().equals(hash)) {
            return Optional.of(Contract.text("bytes.hash", s, sequence, hash, kept.hash(), via));
        }
        return Optional.empty();
    }

    /** The byte at {@code index} as {@code 0x1f}, or "none" past the end. */
    private static Object hex(byte[] bytes, int index) {
        return index < bytes.length ? String.format("0x%02x", bytes[index] & 0xff) : Contract.text("bytes.none");
    }

    /** Every record of the store, in one call. */
    static List<StoredRecord> all(LedgerStore store) {
        return store.readAll(1, Integer.MAX_VALUE);
    }

    /** The positions of {@code records}, in their order. */
    static List<Long> positions(List<StoredRecord> records) {
        return records.stream().map(StoredRecord::position).toList();
    }

    /** The sequences of {@code records}, in their order. */
    static List<Long> sequences(List<StoredRecord> records) {
        return records.stream().map(StoredRecord::sequence).toList();
    }

    /** What a store shows from outside: its streams, their versions, how many records it holds. */
    record Snapshot(List<StreamId> streams, Map<StreamId, Long> versions, int records) {

        /** The store as it is now; {@code watched} streams' versions are taken too, listed or not. */
        static Snapshot of(LedgerStore store, StreamId... watched) {
            List<StreamId> streams = store.streams();
            TreeSet<StreamId> names = new TreeSet<>(streams);
            names.addAll(List.of(watched));
            Map<StreamId, Long> versions = new LinkedHashMap<>();
            for (StreamId stream : names) {
                versions.put(stream, store.version(stream));
            }
            return new Snapshot(streams, versions, all(store).size());
        }

        /** The first change since {@code before}, in words, or empty. */
        Optional<Text> changeSince(Snapshot before) {
            for (Map.Entry<StreamId, Long> was : before.versions.entrySet()) {
                long now = versions.getOrDefault(was.getKey(), was.getValue());
                if (now != was.getValue()) {
                    return Optional.of(Contract.text("change.version", was.getKey().value(), was.getValue(), now));
                }
            }
            if (!streams.equals(before.streams)) {
                return Optional.of(Contract.text("change.streams", before.streams, streams));
            }
            if (records != before.records) {
                return Optional.of(Contract.text("change.records", before.records, records));
            }
            return Optional.empty();
        }
    }
}
