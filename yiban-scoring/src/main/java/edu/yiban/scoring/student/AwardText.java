package edu.yiban.scoring.student;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.student.AwardOutcome.Consideration;
import edu.yiban.scoring.student.AwardOutcome.Shortfall;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An award outcome as text staff read out (see {@link AwardOutcome#explain} and {@link AwardOutcome.Quota#explain}):
 * a view of the outcome's data, made when asked, in zh_CN or English.
 */
final class AwardText {
    private static final MessageBundle BUNDLE = ScoringMessages.BUNDLE;
    private static final String INDENT = "  ";

    private AwardText() {
    }

    /** A quota's arithmetic, mode and result, one line. */
    public static String quota(AwardOutcome.Quota q, Locale locale) {
        String scope = BUNDLE.render(locale, "student.award.scope." + q.scope().name());
        String name = q.name().in(locale);
        StringBuilder bounds = new StringBuilder();
        boolean byShare = q.share().isPresent() && q.rounding().isPresent();
        int rounded = byShare ? q.rounding().get().round(q.exact()) : q.exact().setScale(0, RoundingMode.FLOOR).intValue();
        if (q.minimum() > rounded) {
            bounds.append(BUNDLE.render(locale, "student.award.quota.minimum", q.minimum()));
        }
        if (Math.max(q.minimum(), rounded) > q.groupSize()) {
            bounds.append(BUNDLE.render(locale, "student.award.quota.size", q.groupSize()));
        }
        StringBuilder result = new StringBuilder(BUNDLE.render(locale, "student.award.quota." + key(q.mode()),
                q.recipients().size() - q.exceededBy()));
        if (q.vacant() > 0) {
            result.append(BUNDLE.render(locale, "student.award.quota.vacant." + key(q.mode()), q.vacant()));
        }
        if (q.exceededBy() > 0) {
            result.append(BUNDLE.render(locale, "student.award.quota.exceeded", q.exceededBy()));
        } else {
            result.append(BUNDLE.render(locale, "student.award.quota.ties." + q.ties().name()));
        }
        if (!q.gatedMayTakeLower()) {
            result.append(BUNDLE.render(locale, "student.award.quota.barred"));
        }
        String arithmetic = byShare
                ? BUNDLE.render(locale, "student.award.quota.share", q.share().get().toPlainString(), q.groupSize(), q.exact().toPlainString(),
                        BUNDLE.render(locale, "student.award.rounding." + q.rounding().get().name()), rounded, bounds.toString(), q.quota())
                : BUNDLE.render(locale, "student.award.quota.count", scope, q.exact().toPlainString(), bounds.toString(), q.quota());
        return BUNDLE.render(locale, "student.award.quota.head", name, scope, q.group(), q.groupSize(), arithmetic, result.toString());
    }

    /** A standing: a head line with the total, band and awards, then a line for each quota that reached the student. */
    public static String standing(AwardOutcome outcome, AwardOutcome.Standing s, Locale locale) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String award : s.awards()) {
            names.add(name(outcome, award, locale));
        }
        String awards = names.isEmpty() ? BUNDLE.render(locale, "student.award.explain.none")
                : BUNDLE.render(locale, "student.award.explain.awards", String.join(BUNDLE.render(locale, "student.award.and"), names));
        out.append(BUNDLE.render(locale, "student.award.explain.head", s.student().value(), s.total().toPlainString(), s.bandName(), awards))
                .append('\n');
        for (Consideration c : s.considered()) {
            Optional<AwardOutcome.Quota> quota = outcome.quota(c.award(), c.group());
            if (quota.isEmpty()) {
                continue;
            }
            AwardOutcome.Quota q = quota.get();
            String place = c.place() == c.rank() ? "" : BUNDLE.render(locale, "student.award.explain.place", c.place());
            out.append(INDENT).append(BUNDLE.render(locale, "student.award.explain.considered", q.name(),
                    BUNDLE.render(locale, "student.award.scope." + q.scope().name()), q.group(), q.quota(),
                    BUNDLE.render(locale, "student.award.mode." + q.mode().name()), BUNDLE.render(locale, "student.award.explain.rank", c.rank(), place),
                    verdict(outcome, s, c, q, locale)))
                    .append('\n');
        }
        return out.toString();
    }

    private static String verdict(AwardOutcome outcome, AwardOutcome.Standing s, Consideration c, AwardOutcome.Quota q, Locale locale) {
        String tiedWith = c.tiedWith().map(no -> no.value()).orElse("");
        String total = s.total().toPlainString();
        String reasons = reasons(s, c, locale);
        String said = switch (c.verdict()) {
            case RECEIVED -> BUNDLE.render(locale, "student.award.verdict.received");
            case RECEIVED_PASSED_DOWN -> BUNDLE.render(locale, "student.award.verdict.received-passed-down");
            case RECEIVED_TIED -> BUNDLE.render(locale, "student.award.verdict.received-tied", tiedWith, total);
            case PASSED_DOWN -> BUNDLE.render(locale, "student.award.verdict.passed-down", reasons);
            case LEFT_EMPTY -> BUNDLE.render(locale, "student.award.verdict.left-empty", reasons);
            case TIED_NOT_ELIGIBLE -> BUNDLE.render(locale, "student.award.verdict.tied-not-eligible", reasons, tiedWith, total);
            case TIE_BROKEN -> BUNDLE.render(locale, "student.award.verdict.tie-broken", tiedWith, total);
        };
        if (c.received()) {
            return said;
        }
        if (!c.shortfalls().isEmpty() && !q.gatedMayTakeLower()) {
            return said + BUNDLE.render(locale, "student.award.verdict.barred");
        }
        List<String> lower = new ArrayList<>();
        boolean after = false;
        for (AwardOutcome.Quota other : outcome.quotas()) {
            after |= other.award().equals(c.award());
            if (after && !other.award().equals(c.award()) && s.awards().contains(other.award()) && !lower.contains(other.award())) {
                lower.add(other.award());
            }
        }
        if (!lower.isEmpty()) {
            List<String> names = lower.stream().map(code -> name(outcome, code, locale)).toList();
            return said + BUNDLE.render(locale, "student.award.verdict.lower", String.join(BUNDLE.render(locale, "student.award.and"), names));
        }
        return said;
    }

    private static String reasons(AwardOutcome.Standing s, Consideration c, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Shortfall f : c.shortfalls()) {
            String name = f.name().in(locale);
            out.add(switch (f.kind()) {
                case VETOED, GATE -> name;
                case MINIMUM_TOTAL -> BUNDLE.render(locale, "student.award.short.total", value(f, locale), f.threshold().orElseThrow().toPlainString());
                case BAND -> BUNDLE.render(locale, "student.award.short.band", s.bandName(), name);
                case CONDITION -> BUNDLE.render(locale, "student.award.short.condition", name, value(f, locale),
                        BUNDLE.render(locale, "student.award.must." + f.must().orElseThrow().name()), f.threshold().orElseThrow().toPlainString());
                case GATED_ABOVE -> BUNDLE.render(locale, "student.award.short.above", name);
            });
        }
        return String.join(BUNDLE.render(locale, "student.award.separator"), out);
    }

    private static String value(Shortfall f, Locale locale) {
        return f.value().map(BigDecimal::toPlainString).orElseGet(() -> BUNDLE.render(locale, "student.award.value.none"));
    }

    private static String name(AwardOutcome outcome, String award, Locale locale) {
        return outcome.quotas().stream().filter(q -> q.award().equals(award)).findFirst().map(q -> q.name().in(locale)).orElse(award);
    }

    private static String key(AwardPolicy.QuotaMode mode) {
        return mode == AwardPolicy.QuotaMode.PASS_DOWN ? "pass-down" : "cut-off";
    }
}
