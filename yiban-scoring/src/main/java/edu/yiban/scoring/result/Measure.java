package edu.yiban.scoring.result;

import edu.yiban.core.i18n.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A raw value of an indicator for one subject, with where it came from: measured by the library from
 * the ledger, or imported from elsewhere (the YiBan platform's own EGPA or activity index) with its
 * source and date kept beside it.
 *
 * @param value  the value, exact
 * @param source where it came from, e.g. {@code archive}, {@code class-spaces}, {@code yiban-platform}
 * @param asOf   the day it was measured or published, if known
 * @param note   how it was obtained, for people (e.g. "12 posts over 30 members")
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Measure(@NotNull BigDecimal value, @NotNull String source, Optional<LocalDate> asOf, Optional<@Valid Bilingual> note) {
    public Measure {
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(source, "source is null");
        asOf = asOf == null ? Optional.empty() : asOf;
        note = note == null ? Optional.empty() : note;
    }

    /** A value measured from {@code source}, without a date or note. */
    public static Measure of(BigDecimal value, String source) {
        return new Measure(value, source, Optional.empty(), Optional.empty());
    }

    /** A value from {@code source} with a note explaining it. */
    public static Measure of(BigDecimal value, String source, Bilingual note) {
        return new Measure(value, source, Optional.empty(), Optional.of(note));
    }
}
