package edu.yiban.core.privacy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.validation.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How long one category of what is kept about a student is kept (保存期限): for good, or a number of whole years after
 * the student left (graduated 毕业 or withdrew 退学). In JSON {@code {"keep": "PERMANENT"}} or
 * {@code {"keep": "YEARS_AFTER_LEAVING", "years": 5}}.
 *
 * @param keep  for good, or for some years after leaving
 * @param years how many years after leaving; present exactly when {@code keep} is {@link Keep#YEARS_AFTER_LEAVING}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RetentionRule(Keep keep, Optional<Integer> years) {
    /** The most years a rule may name. */
    public static final int MAX_YEARS = 100;

    /** The two kinds of retention. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public enum Keep {
        /** Kept for good (永久保存). */
        PERMANENT,
        /** Kept until some whole years after the student left (离校后若干年). */
        YEARS_AFTER_LEAVING
    }

    public RetentionRule {
        Checks.required(keep, "keep", CoreMessages.BUNDLE.text("field.keep"));
        years = years == null ? Optional.empty() : years;
        if ((keep == Keep.YEARS_AFTER_LEAVING) != years.isPresent()) {
            throw InvalidInputException.of("years", CoreMessages.BUNDLE.text("retention.rule.one"));
        }
        years.ifPresent(n -> Checks.inRange(n, "years", 0, MAX_YEARS, CoreMessages.BUNDLE.text("field.years")));
    }

    /** Kept for good. */
    public static RetentionRule forGood() {
        return new RetentionRule(Keep.PERMANENT, Optional.empty());
    }

    /** Kept until {@code years} years after the student left. */
    public static RetentionRule yearsAfterLeaving(int years) {
        return new RetentionRule(Keep.YEARS_AFTER_LEAVING, Optional.of(years));
    }

    /** The first day past retention of something of a student who left on {@code left}; empty when kept for good. */
    public Optional<LocalDate> endsOn(LocalDate left) {
        return years.map(left::plusYears);
    }

    /** Whether, on {@code on}, something of a student who left on {@code left} is past retention. */
    public boolean pastOn(LocalDate left, LocalDate on) {
        return endsOn(left).map(end -> !on.isBefore(end)).orElse(false);
    }
}
