package edu.yiban.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.SignatureCheck;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.StreamVerification;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.Plugins;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A campus saved as JSON ({@code yiban demo --save FILE}): the ledger's records exactly as stored — every
 * stream, sequence, type, time, canonical payload (Base64) and hash, in the order they were written — the
 * clock the campus stood at, and each stream's head as a {@link Checkpoint}, so that records cut from a
 * stream's end are found too. Loading checks the file's form; {@link #verify} recomputes every chain from
 * the bytes as they are in the file; {@link #replay} puts them into a store the runtime rebuilds its
 * projections from.
 *
 * <pre>
 * {"checkpoints":{"directory":{"hash":"…","version":18},…},"clock":"2023-03-01T01:00:00Z","format":"yiban-campus/2","records":[
 * {"hash":"…","payload":"eyJ…","position":1,"recordedAt":"2022-08-26T01:00:00Z","sequence":1,"stream":"directory","type":"directory.term-declared"},
 * …
 * ],"signatures":[{"heads":[{"hash":"…","stream":"directory","version":18},…],"keyId":"…","signature":"…","signedAt":"2023-03-01T01:00:00Z"},…]}
 * </pre>
 *
 * <p>Format {@code yiban-campus/2} adds {@code signatures}: the signed heads the ledger keeps in its stream
 * {@code signatures} (one record a signature, also among {@code records}), latest first, each with its time (ISO-8601), the
 * key's id, the heads of every other stream in name order and the Ed25519 signature in Base64. A file whose
 * {@code signatures} differ from the records of that stream is refused. Files of format {@code yiban-campus/1}, which have
 * no signatures, are still read.
 */
final class SavedCampus {
    /** The file's format, written in it. */
    static final String FORMAT = "yiban-campus/2";
    /** The format before signatures, still read. */
    static final String FORMAT_1 = "yiban-campus/1";
    private static final ObjectMapper MAPPER = YibanJson.newMapper();
    /** The fields of the file's object, in name order. */
    private static final List<String> FIELDS = List.of("checkpoints", "clock", "format", "records", "signatures");
    /** The fields of one record, in name order. */
    private static final List<String> RECORD_FIELDS = List.of("hash", "payload", "position", "recordedAt", "sequence", "stream", "type");

    /** What a saved campus holds: the campus a command reads from a file. */
    record Contents(Path file, Instant clock, List<StoredRecord> records, SortedMap<StreamId, Checkpoint> checkpoints,
                    List<SignedHeads> signatures) implements CampusSource {
        /** The file's path, as it was given. */
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public VerificationReport verify() {
            return SavedCampus.verify(this);
        }

        @Override
        public SignatureCheck checkSignatures(PublicKey key) {
            return ledger(this).verifyLatestSignature(key);
        }

        @Override
        public Yiban runtime(Locale locale, FaultPolicy policy) {
            return open(this, locale, policy);
        }

        @Override
        public RuntimeException undecodable(RuntimeException e) {
            return SavedCampus.undecodable(file, e);
        }

        /** Nothing to let go of: the file was read whole. */
        @Override
        public void close() {
        }
    }

    private SavedCampus() {
    }

    /**
     * Saves every record of {@code ledger} in the order they were written, each stream's head (its last
     * record) and the signatures the ledger keeps, with the campus clock at {@code clock}.
     */
    static void save(Path file, Ledger ledger, Instant clock) {
        List<StoredRecord> records = new ArrayList<>();
        Map<String, StoredRecord> heads = new TreeMap<>();
        ledger.replayAll(1, record -> {
            records.add(record);
            heads.put(record.stream().value(), record);
        });
        Map<String, Object> checkpoints = new TreeMap<>();
        heads.forEach((stream, head) -> checkpoints.put(stream, Map.of("hash", head.hash().toString(), "version", head.sequence())));
        try (Writer out = JsonFiles.open(file)) {
            Object[] head = {
                "checkpoints", checkpoints,
                "clock", clock.toString(),
                "format", FORMAT,
            };
            JsonFiles.writeWithList(out, head, "records", records, new Object[] {"signatures", ledger.signatures()});
        } catch (IOException e) {
            throw Outputs.cannotWrite(file, e);
        }
    }

    /**
     * Reads a saved campus.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when the file is missing, unreadable or not a saved campus, naming where
     */
    static Contents load(Path file, Locale locale) {
        if (Files.isDirectory(file)) {
            throw problem(locale, "campus.directory", file);
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            return read(file, p, locale);
        } catch (NoSuchFileException e) {
            throw problem(locale, "campus.missing", file);
        } catch (CharConversionException e) {
            throw problem(locale, "campus.malformed", file, "", Cli.TEXT.text("campus.encoding"));
        } catch (JsonProcessingException e) {
            throw problem(locale, "campus.malformed", file, where(e.getLocation(), locale), notJson(e));
        } catch (IOException e) {
            throw problem(locale, "campus.unreadable", file, Outputs.reason(e));
        }
    }

    /** Why text is not JSON, in the bundle's words: not UTF-8, cut short, or not JSON at all. */
    private static Text notJson(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF-32")) {
            return Cli.TEXT.text("campus.encoding");
        }
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            return Cli.TEXT.text("campus.truncated");
        }
        return Cli.TEXT.text("campus.notJson");
    }

    private static Contents read(Path file, JsonParser p, Locale locale) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw problem(locale, "campus.malformed", file, where(p.currentLocation(), locale), Cli.TEXT.text("campus.notObject"));
        }
        String format = null;
        Instant clock = null;
        List<StoredRecord> records = null;
        SortedMap<StreamId, Checkpoint> checkpoints = new TreeMap<>();
        List<SignedHeads> signatures = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation at = p.currentLocation();
            p.nextToken();
            switch (field) {
                case "format" -> format = p.getValueAsString();
                case "clock" -> clock = instant(file, p, locale);
                case "checkpoints" -> checkpoints = checkpoints(file, p, locale);
                case "records" -> records = records(file, p, locale);
                case "signatures" -> signatures = signatures(file, p, locale);
                default -> throw problem(locale, "campus.field", file, where(at, locale), field, String.join(", ", FIELDS));
            }
        }
        if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
            throw problem(locale, "campus.format", file, String.valueOf(format), FORMAT + ", " + FORMAT_1);
        }
        if (clock == null || records == null) {
            throw problem(locale, "campus.incomplete", file);
        }
        Contents contents = new Contents(file, clock, records, checkpoints, signatures);
        List<SignedHeads> kept = ledger(contents).signatures();
        if (!kept.equals(signatures)) {
            // what the file shows as its signatures must be what its ledger keeps: neither is taken on the other's word
            throw new Cli.Problem(Cli.FAILED, "campus.signaturesDiffer", file, signatures.size(), kept.size(), SignedHeads.STREAM.value());
        }
        return contents;
    }

    private static List<SignedHeads> signatures(Path file, JsonParser p, Locale locale) throws IOException {
        JsonLocation at = p.currentLocation();
        try {
            return List.of(MAPPER.readValue(p, SignedHeads[].class));
        } catch (JsonProcessingException | RuntimeException e) {
            throw problem(locale, "campus.malformed", file, where(at, locale), Cli.TEXT.text("campus.signatures"));
        }
    }

    private static Instant instant(Path file, JsonParser p, Locale locale) throws IOException {
        try {
            return Instant.parse(p.getValueAsString(""));
        } catch (DateTimeParseException e) {
            throw problem(locale, "campus.malformed", file, where(p.currentLocation(), locale), Cli.TEXT.text("campus.clock"));
        }
    }

    private static SortedMap<StreamId, Checkpoint> checkpoints(Path file, JsonParser p, Locale locale) throws IOException {
        JsonLocation at = p.currentLocation();
        JsonNode node = MAPPER.readTree(p);
        SortedMap<StreamId, Checkpoint> out = new TreeMap<>();
        if (!node.isObject()) {
            throw problem(locale, "campus.malformed", file, where(at, locale), Cli.TEXT.text("campus.checkpoints"));
        }
        String key = "";
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                key = e.getKey();
                StreamId stream = StreamId.of(e.getKey());
                JsonNode version = e.getValue().get("version");
                JsonNode hash = e.getValue().get("hash");
                if (version == null || !version.canConvertToLong() || hash == null || !hash.isTextual()) {
                    throw new IllegalArgumentException(e.getKey());
                }
                out.put(stream, new Checkpoint(stream, version.asLong(), ChainHash.parse(hash.asText())));
            }
        } catch (RuntimeException e) {
            throw problem(locale, "campus.malformed", file, where(at, locale), Cli.TEXT.text("campus.checkpoint", key));
        }
        return out;
    }

    private static List<StoredRecord> records(Path file, JsonParser p, Locale locale) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw problem(locale, "campus.malformed", file, where(p.currentLocation(), locale), Cli.TEXT.text("campus.notArray"));
        }
        List<StoredRecord> records = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentLocation();
            int index = records.size();
            JsonNode node = MAPPER.readTree(p);
            Text wrong = wrongInRecord(node, index);
            if (wrong == null) {
                try {
                    records.add(MAPPER.treeToValue(node, StoredRecord.class));
                    continue;
                } catch (JsonProcessingException | RuntimeException e) {
                    wrong = Cli.TEXT.text("campus.recordShape", index);
                }
            }
            throw problem(locale, "campus.record", file, index + 1, where(at, locale), wrong, String.join(", ", RECORD_FIELDS));
        }
        return records;
    }

    /** What is wrong with record {@code index} of the file, naming the field and its path; null when nothing is. */
    private static Text wrongInRecord(JsonNode node, int index) {
        if (!node.isObject()) {
            return Cli.TEXT.text("campus.recordShape", index);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!RECORD_FIELDS.contains(name)) {
                return Cli.TEXT.text("campus.recordUnknown", name, "records[" + index + "]." + name);
            }
        }
        for (String field : RECORD_FIELDS) {
            JsonNode value = node.get(field);
            boolean ok = value != null;
            try {
                ok = ok && switch (field) {
                    case "sequence", "position" -> value.canConvertToLong() && value.isIntegralNumber() && value.asLong() > 0;
                    case "recordedAt" -> value.isTextual() && Instant.parse(value.asText()) != null;
                    case "payload" -> value.isTextual() && Base64.getDecoder().decode(value.asText()) != null;
                    case "hash" -> value.isTextual() && ChainHash.parse(value.asText()) != null;
                    case "stream" -> value.isTextual() && StreamId.of(value.asText()) != null;
                    default -> value.isTextual() && !value.asText().isBlank();
                };
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                return Cli.TEXT.text("campus.recordField", field, "records[" + index + "]." + field);
            }
        }
        return null;
    }

    /**
     * Recomputes every stream's hash chain from the records as they are in the file (their stream, sequence,
     * type, time, payload and hash), and checks each stream's head against its checkpoint.
     */
    static VerificationReport verify(Contents contents) {
        AsRecorded store = new AsRecorded(contents.records());
        Ledger ledger = YibanCore.readLedger(store);
        TreeSet<StreamId> streams = new TreeSet<>(store.byStream.keySet());
        streams.addAll(contents.checkpoints().keySet());
        List<StreamVerification> results = new ArrayList<>();
        for (StreamId stream : streams) {
            results.add(ledger.verify(stream, contents.checkpoints().get(stream)));
        }
        return new VerificationReport(results);
    }

    /** A ledger over the records as they are in the file, to read and verify. */
    private static Ledger ledger(Contents contents) {
        return YibanCore.readLedger(new AsRecorded(contents.records()));
    }

    /** A store holding the records of a verified campus, stream by stream, in the order they were written. */
    static LedgerStore replay(Contents contents) {
        LedgerStore store = LedgerStore.inMemory();
        List<StoredRecord> records = contents.records();
        int i = 0;
        while (i < records.size()) {
            StreamId stream = records.get(i).stream();
            long expected = records.get(i).sequence() - 1;
            List<PendingRecord> batch = new ArrayList<>();
            while (i < records.size() && records.get(i).stream().equals(stream)) {
                StoredRecord r = records.get(i++);
                batch.add(new PendingRecord(r.sequence(), r.type(), r.recordedAt(), r.payload(), r.hash()));
            }
            store.append(stream, expected, batch);
        }
        return store;
    }

    /**
     * A runtime over a saved campus, its evaluations handling a plugin's fault by {@code policy}: its chains are
     * verified from the file's bytes first, then the records are replayed into memory and every projection rebuilt;
     * the clock stands where the campus's stood; plugins on the class path are loaded as in the demo.
     *
     * @throws Cli.Problem with {@link Cli#FAILED} when a chain is broken, naming the first broken record
     */
    static Yiban open(Contents contents, Locale locale, FaultPolicy policy) {
        CampusSource.refuseBroken(contents, verify(contents), locale);
        try {
            return DemoPlugins.configure(Yiban.builder().store(replay(contents)).clock(Clock.fixed(contents.clock(), SimulationClock.ZONE))
                            .faultPolicy(policy),
                    Plugins.discover(PluginFolder.loader()), null).build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw undecodable(contents.file(), e);
        }
    }

    /**
     * The problem of a record whose hash chain is intact but whose payload the library cannot read (written by
     * another version, or changed and hashed again), when {@code e} is the ledger's refusal to decode one;
     * else {@code e} itself.
     */
    static RuntimeException undecodable(Path file, RuntimeException e) {
        return CampusSource.undecodable("campus.undecodable", file.toString(), e);
    }

    private static String where(JsonLocation location, Locale locale) {
        return location == null ? "" : Cli.TEXT.render(locale, "campus.where", Long.toString(location.getLineNr()),
                Long.toString(location.getColumnNr()));
    }

    private static Cli.Problem problem(Locale locale, String key, Object... args) {
        return new Cli.Problem(Cli.USAGE, key, args);
    }

    /**
     * The latest term of {@code directory}'s calendar that has ended by {@code today} (its last day on or before it), if one has.
     */
    static Optional<Term> lastEndedTerm(CampusDirectory directory, LocalDate today) {
        return directory.terms().stream().filter(t -> !t.end().isAfter(today)).max(Comparator.comparing(Term::end));
    }

    /** The records as the file has them, read back by stream in file order; it only reads. */
    private static final class AsRecorded implements LedgerStore {
        final Map<StreamId, List<StoredRecord>> byStream = new TreeMap<>();
        private final List<StoredRecord> all;

        AsRecorded(List<StoredRecord> records) {
            this.all = records;
            records.forEach(r -> byStream.computeIfAbsent(r.stream(), s -> new ArrayList<>()).add(r));
        }

        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            throw new UnsupportedOperationException("a saved campus is read, never written");
        }

        @Override
        public long version(StreamId stream) {
            List<StoredRecord> records = byStream.getOrDefault(stream, List.of());
            return records.size();
        }

        @Override
        public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
            return page(byStream.getOrDefault(stream, List.of()), fromSequence, maxCount);
        }

        @Override
        public List<StoredRecord> readAll(long fromPosition, int maxCount) {
            return page(all, fromPosition, maxCount);
        }

        /** At most {@code maxCount} of {@code records} from the {@code from}th (counted from 1) on. */
        private static List<StoredRecord> page(List<StoredRecord> records, long from, int maxCount) {
            int start = (int) Math.min(records.size(), Math.max(0, from - 1));
            return List.copyOf(records.subList(start, Math.min(records.size(), start + maxCount)));
        }

        @Override
        public List<StreamId> streams() {
            return List.copyOf(byStream.keySet());
        }

        @Override
        public void close() {
        }
    }
}
