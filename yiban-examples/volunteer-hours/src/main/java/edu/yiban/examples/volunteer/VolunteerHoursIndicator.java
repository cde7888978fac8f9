package edu.yiban.examples.volunteer;

import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.GrowthArchive;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A student's volunteer hours per term, capped: in each term of the period, the {@code hours} of the
 * effective volunteer entries (志愿服务, corrections counted, revoked entries not) added up and capped at
 * {@code cap}; over several terms (an academic year), the mean of the terms' capped hours, to two decimals
 * (half up). So the value always lies between 0 and the cap.
 *
 * <p>Worked example, cap 40: a student with 12 + 30 hours in the autumn term and 10 in the spring term has
 * 40 (42 capped) in the autumn, 10 in the spring, and (40 + 10) / 2 = 25 for the year.
 */
final class VolunteerHoursIndicator implements PluginIndicator {
    /** The indicator's code. */
    static final String CODE = "volunteer-hours-term";

    private final BigDecimal cap;

    VolunteerHoursIndicator(int capHours) {
        if (capHours < 1) {
            throw new IllegalArgumentException("capHours must be at least 1: " + capHours);
        }
        this.cap = BigDecimal.valueOf(capHours);
    }

    @Override
    public Indicator indicator() {
        return new Indicator(CODE, Messages.name("indicator.name"), "小时", Direction.HIGHER_IS_BETTER, "youth-league", Optional.empty());
    }

    @Override
    public Optional<BigDecimal> max() {
        return Optional.of(cap);
    }

    @Override
    public Map<String, Number> measure(IndicatorContext context) {
        List<Term> terms = context.directory().terms().stream()
                .filter(t -> !t.start().isBefore(context.from()) && !t.end().isAfter(context.to()))
                .toList();
        Map<String, Number> hours = new TreeMap<>();
        if (terms.isEmpty()) {
            return hours;
        }
        for (String no : context.students()) {
            StudentNo studentNo = StudentNo.of(no);
            Optional<Student> student = context.directory().student(studentNo);
            if (student.isEmpty()) {
                continue;
            }
            // the student sees every entry of their own archive, whatever its visibility
            Viewer viewer = Viewer.of(student.get().person());
            GrowthArchive archive = context.archives().of(studentNo);
            BigDecimal total = BigDecimal.ZERO;
            for (Term term : terms) {
                BigDecimal inTerm = BigDecimal.ZERO;
                for (ArchiveRecord r : archive.entries(viewer, term.id(), Category.VOLUNTEER)) {
                    inTerm = inTerm.add(hoursOf(r));
                }
                total = total.add(inTerm.min(cap));
            }
            hours.put(no, total.divide(BigDecimal.valueOf(terms.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        return hours;
    }

    private static BigDecimal hoursOf(ArchiveRecord r) {
        String hours = r.entry().attribute("hours").orElse("0");
        try {
            BigDecimal h = new BigDecimal(hours);
            if (h.signum() < 0) {
                throw new IllegalArgumentException("entry " + r.ref() + " gives negative volunteer hours: " + hours);
            }
            return h;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("entry " + r.ref() + " gives volunteer hours that are not a number: " + hours, e);
        }
    }
}
