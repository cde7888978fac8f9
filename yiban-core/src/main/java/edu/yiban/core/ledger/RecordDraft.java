package edu.yiban.core.ledger;

import edu.yiban.core.internal.rules.IdRules;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A typed record before it has a place in a stream: its type name and its canonical bytes.
 * {@code WritableLedger.append} (the library's own modules) gives it a sequence, a time and its hash.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RecordDraft {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9.-]{0,63}");

    private final String type;
    private final byte[] payload;

    /**
     * @param type    the record's type name: lower-case letters, digits, '.' and '-', e.g. {@code archive.entry-recorded}
     * @param payload the record's canonical bytes (copied)
     */
    public RecordDraft(String type, byte[] payload) {
        this.type = checkType(type);
        this.payload = Objects.requireNonNull(payload, "payload is null").clone();
    }

    /** A codec's draft: a type name its builder checked, over bytes just written that nobody else holds (not copied). */
    private RecordDraft(byte[] payload, String checkedType) {
        this.type = checkedType;
        this.payload = payload;
    }

    /**
     * The draft of a record codec over {@code written}, bytes it has just written, handed over rather than copied: the
     * caller keeps no reference to the array and never changes it. The library's codecs write every record this way.
     */
    @API(status = API.Status.INTERNAL, since = "0.1.0")
    public static RecordDraft handedOver(String type, byte[] written) {
        return new RecordDraft(Objects.requireNonNull(written, "payload is null"), checkType(type));
    }

    /**
     * {@code type}, if it is a well-formed type name: lower-case letters, digits, '.' and '-', starting with a letter.
     *
     * @throws edu.yiban.core.error.InvalidInputException naming the type otherwise
     */
    public static String checkType(String type) {
        return IdRules.check(type, "recordType", TYPE, "recordType");
    }

    /** The record's type name. */
    public String type() {
        return type;
    }

    /** A copy of the record's canonical bytes. */
    public byte[] payload() {
        return payload.clone();
    }

    byte[] unsafePayload() {
        return payload;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordDraft d && type.equals(d.type) && Arrays.equals(payload, d.payload);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return type + " (" + payload.length + " bytes)";
    }
}
