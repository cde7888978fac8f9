package edu.yiban.core.internal.archive;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.internal.archive.ArchiveEvent.EntryRecorded;
import edu.yiban.core.visibility.Audience;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

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

    /** The record's canonical bytes, or null when the mapper is to write it. */
    byte[] write(EntryRecorded recorded) {
        ArchiveEntry e = recorded.entry();
        if (e.evidence().isPresent()) {
            return null;
        }
        Bytes out = new Bytes();
        out.put(START);
        boolean first = true;
        for (Map.Entry<String, String> attribute : e.attributes().entrySet()) {
            if (!first) {
                out.put((byte) ',');
            }
            first = false;
            if (!out.string(attribute.getKey()) || !out.put((byte) ':').string(attribute.getValue())) {
                return null;
            }
        }
        out.put(CATEGORY);
        boolean plain = out.string(e.category().code());
        out.put(DATE).quoted(e.date().toString());
        if (e.dimension().isPresent()) {
            out.put(DIMENSION).quoted(e.dimension().get().name());
        }
        if (e.points().isPresent()) {
            out.put(POINTS).raw(e.points().get().toBigDecimal().toPlainString());
        }
        plain &= out.put(RECORDED_BY).string(e.recordedBy().value());
        plain &= out.put(SOURCE).string(e.source().code());
        out.put(TERM).quoted(e.term().toString());
        plain &= out.put(TITLE).string(e.title());
        out.put(VISIBILITY);
        first = true;
        for (Audience audience : e.visibility().audiences()) {
            if (!first) {
                out.put((byte) ',');
            }
            first = false;
            out.quoted(audience.name());
        }
        out.put(END);
        return plain ? out.toArray() : null;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growing byte buffer that writes JSON strings with no escapes. */
    private static final class Bytes {
        private byte[] bytes = new byte[320];
        private int size;

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
