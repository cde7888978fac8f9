package edu.yiban.core.archive;

import edu.yiban.core.id.StudentNo;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The name of one record of a student's growth archive: the student and the record's sequence in
 * their archive, written {@code 2022030117#17}. Corrections and appeals name entries by it.
 *
 * @param student  the student
 * @param sequence the record's place in the student's archive, from 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EntryRef(StudentNo student, long sequence) implements Comparable<EntryRef> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9]{4,20}#[1-9][0-9]{0,17}");
    private static final Comparator<EntryRef> ORDER =
            Comparator.comparing(EntryRef::student).thenComparingLong(EntryRef::sequence);

    public EntryRef {
        Checks.required(student, "entry", IdRules.label("entry"));
        Checks.inRange(sequence, "entry", 1, Long.MAX_VALUE, IdRules.label("entry"));
    }

    /** Parses {@code 2022030117#17}. */
    public static EntryRef parse(String text) {
        IdRules.check(text, "entry", FORM, "entry");
        int hash = text.indexOf('#');
        return new EntryRef(new StudentNo(text.substring(0, hash)), Long.parseLong(text.substring(hash + 1)));
    }

    @Override
    public int compareTo(EntryRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return student + "#" + sequence;
    }
}
