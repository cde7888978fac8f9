package edu.yiban.core.privacy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.internal.CoreMessages;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How long one category of what is kept about a student is kept (保存期限): for good, or a number of whole years after
 * the student left (graduated 毕业 or withdrew 退学). In JSON {@code {"permanent": true}} or
 * {@code {"yearsAfterLeaving": 5}}.
 *
 * @param permanent         kept for good (永久保存)
 * @param yearsAfterLeaving years after leaving at the end of which the retention ends; present exactly when not permanent
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RetentionRule(boolean permanent, Optional<Integer> yearsAfterLeaving) {
    /** The most years a rule may name. */
    public static final int MAX_YEARS = 100;

    public RetentionRule {
        yearsAfterLeaving = yearsAfterLeaving == null ? Optional.empty() : yearsAfterLeaving;
        if (permanent == yearsAfterLeaving.isPresent()) {
            throw InvalidInputException.of("yearsAfterLeaving", CoreMessages.BUNDLE.text("retention.rule.one"));
        }
        yearsAfterLeaving.ifPresent(years -> {
            if (years < 0 || years > MAX_YEARS) {
                throw InvalidInputException.of("yearsAfterLeaving", CoreMessages.BUNDLE.text("check.range",
                        CoreMessages.BUNDLE.text("field.yearsAfterLeaving"), years, 0, MAX_YEARS));
            }
        });
    }

    /** Kept for good. */
    public static RetentionRule forGood() {
        return new RetentionRule(true, Optional.empty());
    }

    /** Kept until {@code years} years after the student left. */
    public static RetentionRule yearsAfterLeaving(int years) {
        return new RetentionRule(false, Optional.of(years));
    }

    /** The first day past retention of something of a student who left on {@code left}; empty when kept for good. */
    public Optional<LocalDate> endsOn(LocalDate left) {
        return yearsAfterLeaving.map(left::plusYears);
    }

    /** Whether, on {@code on}, something of a student who left on {@code left} is past retention. */
    public boolean pastOn(LocalDate left, LocalDate on) {
        return endsOn(left).map(end -> !on.isBefore(end)).orElse(false);
    }
}
