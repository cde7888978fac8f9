package edu.yiban.examples.volunteer;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
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

    /**
     * One pass over each term's archive columns, the way the students' evaluation reads them, not a read of
     * every student's archive: the indicator is called once per evaluation for every student evaluated (a
     * whole campus), within a time budget, and its time must not grow with the machine's load beyond that
     * of a loop over primitive columns. A student sees every entry of their own archive, whatever its
     * visibility, so every effective volunteer entry counts.
     */
    @Override
    public Map<String, Number> measure(IndicatorContext context) {
        List<TermId> terms = context.directory().terms().stream()
                .filter(t -> !t.start().isBefore(context.from()) && !t.end().isAfter(context.to()))
                .map(Term::id)
                .toList();
        Map<String, Number> hours = new TreeMap<>();
        if (terms.isEmpty()) {
            return hours;
        }
        ArchiveColumns columns = context.archives().columns();
        Map<String, Integer> evaluated = new TreeMap<>();
        BitSet wanted = new BitSet();
        for (String no : context.students()) {
            StudentNo studentNo = StudentNo.of(no);
            if (context.directory().student(studentNo).isEmpty()) {
                continue;
            }
            OptionalInt index = columns.indexOf(studentNo);
            evaluated.put(no, index.orElse(-1));
            index.ifPresent(wanted::set);
        }
        OptionalInt volunteer = columns.codeOf(Category.VOLUNTEER);
        List<Map<Integer, BigDecimal>> byTerm = new ArrayList<>(terms.size());
        Map<Integer, BigDecimal> hoursOfAttributes = new HashMap<>();
        for (TermColumns term : columns.snapshot(terms)) {
            Map<Integer, BigDecimal> inTerm = new HashMap<>();
            for (int row = 0; volunteer.isPresent() && row < term.size(); row++) {
                if (term.effective(row) && term.category(row) == volunteer.getAsInt() && wanted.get(term.student(row))) {
                    BigDecimal h = hoursOfAttributes.get(term.attributes(row));
                    if (h == null) {
                        h = hoursOf(columns.attributes(term.attributes(row)),
                                new EntryRef(columns.student(term.student(row)), term.sequence(row)));
                        hoursOfAttributes.put(term.attributes(row), h);
                    }
                    inTerm.merge(term.student(row), h, BigDecimal::add);
                }
            }
            byTerm.add(inTerm);
        }
        evaluated.forEach((no, index) -> {
            BigDecimal total = BigDecimal.ZERO;
            for (Map<Integer, BigDecimal> inTerm : byTerm) {
                total = total.add(inTerm.getOrDefault(index, BigDecimal.ZERO).min(cap));
            }
            hours.put(no, total.divide(BigDecimal.valueOf(terms.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros());
        });
        return hours;
    }

    private static BigDecimal hoursOf(SortedMap<String, String> attributes, EntryRef ref) {
        String hours = attributes.getOrDefault("hours", "0");
        try {
            BigDecimal h = new BigDecimal(hours);
            if (h.signum() < 0) {
                throw new IllegalArgumentException("entry " + ref + " gives negative volunteer hours: " + hours);
            }
            return h;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("entry " + ref + " gives volunteer hours that are not a number: " + hours, e);
        }
    }
}
