package edu.yiban.org.recruitment;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.Bound;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The outcome of a station selection (工作站招新) or rotation (换届轮换): who left, who was chosen and why
 * (college, rank, round), who was passed over and why. Each line carries its explanation in Chinese and
 * English, ready for a publicity notice (公示).
 *
 * <pre>{@code
 * Selection s = organisation.recruitment().select(station, LocalDate.of(2022, 9, 1));
 * s.chosen().forEach(c -> System.out.println(c.message(Locale.CHINA)));
 * Map<CollegeId, Integer> seats = s.chosenByCollege();
 * }</pre>
 *
 * @param station    the station
 * @param day        the first day of the new appointments (for a rotation, the day after the term end)
 * @param applied    whether it was written ({@code false} for a preview)
 * @param seats      the station's seats before and after
 * @param departures the appointments ended by a rotation, by student
 * @param chosen     the students chosen, in the order they were picked
 * @param passed     the recommended students not chosen, by college, rank and student
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Selection(OrgId station, LocalDate day, boolean applied, Seats seats, List<Departure> departures,
                        List<Chosen> chosen, List<Passed> passed) {

    public Selection {
        Objects.requireNonNull(station, "station is null");
        Objects.requireNonNull(day, "day is null");
        Objects.requireNonNull(seats, "seats is null");
        departures = List.copyOf(departures);
        chosen = List.copyOf(chosen);
        passed = List.copyOf(passed);
    }

    /** How many students each college had chosen, by college code. */
    public Map<CollegeId, Integer> chosenByCollege() {
        Map<CollegeId, Integer> counts = new TreeMap<>();
        chosen.forEach(c -> counts.merge(c.college(), 1, Integer::sum));
        return counts;
    }

    /** The students chosen, in order. */
    public List<PersonId> chosenStudents() {
        return chosen.stream().map(Chosen::student).toList();
    }

    /** The students passed over for {@code reason}. */
    public List<PersonId> passed(Reason reason) {
        return passed.stream().filter(p -> p.reason() == reason).map(Passed::student).toList();
    }

    /**
     * The station's seats: the charter's bounds for recommended students, the target the preset gives within
     * them, the students sitting when the selection began (after any departures), and after it.
     *
     * @param charter the charter's bounds (the sum over its slots of recommended students)
     * @param target  the preset's target, held within {@code charter}
     * @param sitting the students holding the post on the day, before the selection
     * @param after   the students holding it after the selection
     */
    public record Seats(Bound charter, int target, int sitting, int after) {
        public Seats {
            Objects.requireNonNull(charter, "charter is null");
        }

        /** Whether the station stays short of the charter's least (reported by validate, not refused). */
        public boolean belowMinimum() {
            return after < charter.min();
        }
    }

    /**
     * A student chosen.
     *
     * @param student     who
     * @param name        their name
     * @param college     the recommending college
     * @param rank        the college's rank for them
     * @param round       the round they were chosen in: their college's count on the station with them
     * @param reason      {@link Reason#FLOOR} or {@link Reason#ROUND}
     * @param appointment the appointment made, once written
     * @param zh          the explanation in Simplified Chinese
     * @param en          the explanation in English
     */
    public record Chosen(PersonId student, String name, CollegeId college, int rank, int round, Reason reason,
                         Optional<AppointmentRef> appointment, String zh, String en) {
        public Chosen {
            Objects.requireNonNull(student, "student is null");
            Objects.requireNonNull(college, "college is null");
            Objects.requireNonNull(reason, "reason is null");
            appointment = appointment == null ? Optional.empty() : appointment;
        }

        /** The same, with the appointment that was written. */
        public Chosen appointed(AppointmentRef ref) {
            return new Chosen(student, name, college, rank, round, reason, Optional.of(ref), zh, en);
        }

        /** The explanation in {@code locale}'s language. */
        public String message(Locale locale) {
            return MessageBundle.choose(locale, zh, en);
        }
    }

    /**
     * A recommended student not chosen.
     *
     * @param student who
     * @param name    their name
     * @param college the recommending college
     * @param rank    the college's rank for them
     * @param reason  why not
     * @param zh      the explanation in Simplified Chinese
     * @param en      the explanation in English
     */
    public record Passed(PersonId student, String name, CollegeId college, int rank, Reason reason, String zh, String en) {
        public Passed {
            Objects.requireNonNull(student, "student is null");
            Objects.requireNonNull(college, "college is null");
            Objects.requireNonNull(reason, "reason is null");
        }

        /** The explanation in {@code locale}'s language. */
        public String message(Locale locale) {
            return MessageBundle.choose(locale, zh, en);
        }
    }

    /**
     * An appointment a rotation ends.
     *
     * @param student     who leaves
     * @param name        their name
     * @param position    the post they leave
     * @param appointment the appointment ended
     * @param lastDay     its last day: the term end, or the last day they were studying if earlier
     * @param reason      {@link Reason#NOT_STUDYING} or {@link Reason#TERM_LIMIT}
     * @param termsServed the terms of the campus calendar they served on the station, up to the term end
     * @param zh          the explanation in Simplified Chinese
     * @param en          the explanation in English
     */
    public record Departure(PersonId student, String name, Position position, AppointmentRef appointment, LocalDate lastDay,
                            Reason reason, int termsServed, String zh, String en) {
        public Departure {
            Objects.requireNonNull(student, "student is null");
            Objects.requireNonNull(appointment, "appointment is null");
            Objects.requireNonNull(lastDay, "lastDay is null");
            Objects.requireNonNull(reason, "reason is null");
        }

        /** The explanation in {@code locale}'s language. */
        public String message(Locale locale) {
            return MessageBundle.choose(locale, zh, en);
        }
    }
}
