package edu.yiban.org.tree;

import edu.yiban.core.validation.Checks;
import edu.yiban.org.internal.OrgChecks;
import org.apiguardian.api.API;

/**
 * The name of an appointment or office holding: the sequence of the record that made it in the
 * organisation's stream, written {@code #17}.
 *
 * @param sequence the record's sequence, from 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AppointmentRef(long sequence) implements Comparable<AppointmentRef> {
    public AppointmentRef {
        Checks.inRange(sequence, "appointment", 1, Long.MAX_VALUE, OrgChecks.label("appointment"));
    }

    /** Parses {@code #17}. */
    public static AppointmentRef parse(String text) {
        if (text == null || !text.matches("#[1-9][0-9]{0,17}")) {
            throw OrgChecks.invalid("appointment", "appointment.malformed", String.valueOf(text));
        }
        return new AppointmentRef(Long.parseLong(text.substring(1)));
    }

    @Override
    public int compareTo(AppointmentRef other) {
        return Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return "#" + sequence;
    }
}
