package edu.yiban.core.internal.archive;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.internal.archive.ArchiveEvent.EntryRecorded;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link EntryRecorded}'s canonical JSON by hand, straight into bytes — what the mapper writes, byte for
 * byte, without its reflection, property sorting, map copying or a generator per record: {@code {"entry":{…}}} with
 * the entry's properties in alphabetical order, absent optionals left out, attributes by key, points as a plain
 * decimal, identifiers and codes as strings, the visibility as an array of audiences, text in UTF-8. An entry with
 * evidence, or with a text that needs a JSON escape (a quote, a backslash, a control character) or holds a
 * surrogate, is left to the mapper, which words escapes its own way. {@code EntryWriterProperties} checks the bytes
 * against the mapper's over random entries.
 */
final class EntryWriter {
    private static final byte[] START = ascii("{\"entry\":{\"attributes\":{");
    private static final byte[] CATEGORY = ascii("},\"category\":");
    private static final byte[] DATE = ascii(",\"date\":");
    private static final byte[] DIMENSION = ascii(",\"dimension\":");
    private static final byte[] POINTS = ascii(",\"points\":");
    private static final byte[] RECORDED_BY = ascii(",\"recordedBy\":");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private static final byte[] TERM = ascii(",\"term\":");
    private static final byte[] TITLE = ascii(",\"title\":");
    private static final byte[] VISIBILITY = ascii(",\"visibility\":[");
    private static final byte[] END = ascii("]}}");

    /** Each thread's buffer, with the parts last written that entries of one import repeat. */
    private static final ThreadLocal<Bytes> BUFFER = ThreadLocal.withInitial(Bytes::new);

    /** The record's canonical bytes, or null when the mapper is to write it. */
    byte @Nullable [] write(EntryRecorded recorded) {
        ArchiveEntry e = recorded.entry();
        if (e.evidence().isPresent()) {
            return null;
        }
        Bytes out = BUFFER.get();
        out.size = 0;
        out.put(START);
        out.plain = true;
        e.attributes().forEach(out::attribute); // the map's own walk: no entry objects of the unmodifiable view
        if (!out.plain) {
            return null;
        }
        out.put(CATEGORY);
        boolean plain = out.string(e.category().code());
        out.put(DATE).date(e.date());
        if (e.dimension().isPresent()) {
            out.put(DIMENSION).quoted(e.dimension().get().name());
        }
        if (e.points().isPresent()) {
            out.put(POINTS).hundredths(e.points().get().hundredths());
        }
        plain &= out.put(RECORDED_BY).string(e.recordedBy().value());
        plain &= out.put(SOURCE).string(e.source().code());
        out.put(TERM).term(e.term());
        plain &= out.put(TITLE).string(e.title());
        out.put(VISIBILITY).visibility(e.visibility());
        out.put(END);
        return plain ? out.toArray() : null;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growing byte buffer that writes JSON strings with no escapes. */
    private static final class Bytes {
        private byte[] bytes = new byte[512];
        private int size;
        /** Whether the attributes written so far needed no escape. */
        private boolean plain;
        /** The term and the visibility last written, and their bytes: an import's entries mostly share them. */
        private @Nullable TermId term;
        private byte @Nullable [] termBytes;
        private @Nullable Visibility visibility;
        private byte @Nullable [] visibilityBytes;

        Bytes put(byte b) {
            room(1);
            bytes[size++] = b;
            return this;
        }

        Bytes put(byte[] part) {
            room(part.length);
            System.arraycopy(part, 0, bytes, size, part.length);
            size += part.length;
            return this;
        }

        /** {@code text} quoted, where it is surely plain ASCII needing no escape (a date, a term, an enum's name). */
        Bytes quoted(String text) {
            return put((byte) '"').raw(text).put((byte) '"');
        }

        /** One attribute, {@code "key":"value"}, after a comma unless it is the first. */
        void attribute(String key, String value) {
            if (plain) {
                if (bytes[size - 1] != '{') {
                    put((byte) ',');
                }
                plain = string(key) && put((byte) ':').string(value);
            }
        }

        /** The date as {@link LocalDate#toString()} writes it, {@code "2023-01-09"}, quoted. */
        Bytes date(LocalDate date) {
            int year = date.getYear();
            if (year < 1000 || year > 9999) {
                return quoted(date.toString()); // the ISO form's sign and widths, left to the JDK
            }
            room(12);
            bytes[size++] = '"';
            digits(year, 4);
            bytes[size++] = '-';
            digits(date.getMonthValue(), 2);
            bytes[size++] = '-';
            digits(date.getDayOfMonth(), 2);
            bytes[size++] = '"';
            return this;
        }

        /** Hundredths as {@link java.math.BigDecimal#toPlainString()} writes them at scale 2: {@code -0.25}, {@code 60.00}. */
        Bytes hundredths(long hundredths) {
            room(24);
            long magnitude = Math.abs(hundredths); // points are bounded far inside a long
            if (hundredths < 0) {
                bytes[size++] = '-';
            }
            long whole = magnitude / 100;
            int from = size;
            do {
                bytes[size++] = (byte) ('0' + whole % 10);
                whole /= 10;
            } while (whole > 0);
            for (int i = from, j = size - 1; i < j; i++, j--) {
                byte swap = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = swap;
            }
            bytes[size++] = '.';
            digits((int) (magnitude % 100), 2);
            return this;
        }

        /** The term's {@code "2022-2023-1"}, quoted; the bytes kept for the next entry of the same term. */
        Bytes term(TermId term) {
            byte[] quoted = termBytes;
            if (quoted == null || !term.equals(this.term)) {
                quoted = ascii('"' + term.toString() + '"');
                this.termBytes = quoted;
                this.term = term;
            }
            return put(quoted);
        }

        /** The audiences' names, quoted and comma-separated; kept for the next entry of the same visibility. */
        Bytes visibility(Visibility visibility) {
            byte[] names = visibilityBytes;
            if (names == null || !visibility.equals(this.visibility)) {
                StringBuilder joined = new StringBuilder();
                for (Audience audience : visibility.audiences()) {
                    joined.append(joined.isEmpty() ? "" : ",").append('"').append(audience.name()).append('"');
                }
                names = ascii(joined.toString());
                this.visibilityBytes = names;
                this.visibility = visibility;
            }
            return put(names);
        }

        private void digits(int value, int width) {
            for (int i = width - 1; i >= 0; i--) {
                bytes[size + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += width;
        }

        /** {@code text}'s characters as bytes, where it is surely plain ASCII (a number, a date). */
        Bytes raw(String text) {
            int n = text.length();
            room(n);
            for (int i = 0; i < n; i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
            return this;
        }

        /**
         * {@code text} quoted, in UTF-8; false, writing nothing useful, when it needs an escape or holds a surrogate
         * (the caller then leaves the record to the mapper).
         */
        boolean string(String text) {
            int n = text.length();
            room(n * 3 + 2);
            bytes[size++] = '"';
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (c < 0x20 || c == '"' || c == '\\') {
                        return false;
                    }
                    bytes[size++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xC0 | (c >> 6));
                    bytes[size++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    return false;
                } else {
                    bytes[size++] = (byte) (0xE0 | (c >> 12));
                    bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    bytes[size++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            bytes[size++] = '"';
            return true;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
