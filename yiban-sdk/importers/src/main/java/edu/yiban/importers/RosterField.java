package edu.yiban.importers;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** A field of a roster (花名册) row, which a {@link ColumnMapping} finds under a header. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RosterField {
    /** 学号, required. */
    STUDENT_NO("studentNo", true),
    /** 姓名, required. */
    NAME("name", true),
    /** 学院: when present, the college of the row's class, by name or code. */
    COLLEGE("college", false),
    /** 专业: when present, the major of the row's class, by name or code. */
    MAJOR("major", false),
    /** 年级: when present, the entry year of the row's class ({@code 2022} or {@code 2022级}). */
    COHORT("cohort", false),
    /** 班级, required: an existing class, by code or name. */
    CLASS("class", true),
    /** 辅导员工号: when present, a registered person holding the counsellor role. */
    COUNSELLOR("counsellor", false);

    private final String key;
    private final boolean required;

    RosterField(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** Its name in a mapping preset's JSON, e.g. {@code studentNo}. */
    public String key() {
        return key;
    }

    /** Whether a roster must have a column for it. */
    public boolean required() {
        return required;
    }

    /** The field a preset names {@code key} (case-insensitive). */
    public static Optional<RosterField> ofKey(String key) {
        for (RosterField field : values()) {
            if (field.key.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
