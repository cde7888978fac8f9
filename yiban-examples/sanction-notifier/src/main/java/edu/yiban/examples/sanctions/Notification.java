package edu.yiban.examples.sanctions;

import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One notice to a counsellor: whom it is for, which student and class, what happened to which entry, and the
 * sentence to show, in Chinese and English.
 *
 * @param kind    {@code recorded}, {@code corrected} or {@code revoked}
 * @param to      the counsellor
 * @param student the student's 学号
 * @param name    the student's name
 * @param classId the student's class
 * @param entry   the archive record the notice is about
 * @param title   the sanction's title
 * @param level   the sanction's level ({@code warning}, {@code demerit}…), or {@code —}
 * @param text    the sentence to show
 */
record Notification(String kind, PersonId to, StudentNo student, String name, ClassId classId, EntryRef entry, String title,
                    String level, Text text) {
    Notification {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(entry, "entry is null");
        Objects.requireNonNull(text, "text is null");
    }

    /** The notice as the outbox keeps it, fields in a fixed order. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("to", to.value());
        fields.put("student", student.value());
        fields.put("name", name);
        fields.put("class", classId.value());
        fields.put("entry", entry.toString());
        fields.put("title", title);
        fields.put("level", level);
        fields.put("zh", text.zh());
        fields.put("en", text.en());
        return fields;
    }
}
