package edu.yiban.scoring.college;

import edu.yiban.scoring.result.RawValues;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Raw values of the default preset's seven indicators, written by hand for tests of scoring, ranks and centres. */
final class CollegeRaw {
    static final LocalDate FROM = LocalDate.of(2023, 2, 20);
    static final LocalDate TO = LocalDate.of(2023, 7, 10);
    /** The default preset's indicators, in the order {@link #put} takes their values. */
    static final String[] INDICATORS = {"registered-share", "verified-share", "weekly-active-share", "sign-in-rate",
        "charter-completeness", "sub-station-per-100", "sticky-share"};

    private final RawValues.Builder raw = RawValues.builder();

    /** Sets {@code college}'s values of {@link #INDICATORS}, in order. */
    CollegeRaw put(String college, String... values) {
        raw.subject(college);
        for (int i = 0; i < values.length; i++) {
            raw.put(college, INDICATORS[i], new BigDecimal(values[i]), "test");
        }
        return this;
    }

    CollegeMeasures measures() {
        return new CollegeMeasures(FROM, TO, raw.build());
    }
}
