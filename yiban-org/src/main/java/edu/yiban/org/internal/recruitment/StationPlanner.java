package edu.yiban.org.internal.recruitment;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.tree.AppointmentBatch;
import edu.yiban.org.recruitment.Reason;
import edu.yiban.org.recruitment.RecruitmentPreset;
import edu.yiban.org.recruitment.Selection.Chosen;
import edu.yiban.org.recruitment.Selection.Departure;
import edu.yiban.org.recruitment.Selection.Passed;
import edu.yiban.org.recruitment.Selection;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Bound;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.KindRule;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgSnapshot.Appointed;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.Qualification;
import edu.yiban.org.tree.Recommendation;
import edu.yiban.org.tree.SlotRule;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static edu.yiban.org.internal.OrgMessages.BUNDLE;

/**
 * Plans one selection or rotation of a station on a snapshot: a pure function of the organisation, the
 * directory, the charter and the preset (see {@link edu.yiban.org.recruitment.StationRecruitment} for the
 * rules). It writes nothing; the tree checks and writes the batch it returns.
 */
final class StationPlanner {
    /** The order of candidates within a college: rank, then date of recommendation, then person id. */
    private static final Comparator<Recommendation> WITHIN_COLLEGE = Comparator.comparingInt(Recommendation::rank)
            .thenComparing(Recommendation::date).thenComparing(Recommendation::student);
    /** The order of one round's picks across colleges: rank, date, college code, person id. */
    private static final Comparator<Recommendation> ACROSS_COLLEGES = Comparator.comparingInt(Recommendation::rank)
            .thenComparing(Recommendation::date).thenComparing(Recommendation::college).thenComparing(Recommendation::student);

    private final CampusDirectory directory;
    private final Charter charter;
    private final RecruitmentPreset preset;

    StationPlanner(CampusDirectory directory, Charter charter, RecruitmentPreset preset) {
        this.directory = directory;
        this.charter = charter;
        this.preset = preset;
    }

    /** The selection on the snapshot's day; with {@code termEnd}, a rotation ending appointments after it first. */
    AppointmentBatch<Selection> plan(AppointmentBatch.View view, OrgId station, Optional<LocalDate> termEnd) {
        OrgSnapshot s = view.snapshot();
        LocalDate day = s.date();
        OrgUnit unit = s.unit(station).orElseThrow();
        Bound bound = seats(unit);
        int target = Math.max(bound.min(), Math.min(bound.max(), preset.targetSize().orElse(bound.max())));

        List<Departure> departures = termEnd.map(end -> departures(view, station, end)).orElse(List.of());
        Set<PersonId> leaving = new HashSet<>();
        departures.forEach(d -> leaving.add(d.student()));

        Map<PersonId, Recommendation> recommended = new HashMap<>();
        s.recommendationsTo(station).forEach(r -> recommended.put(r.student(), r));
        Set<PersonId> sitting = new HashSet<>();
        Map<CollegeId, Integer> count = new TreeMap<>();
        for (Appointed a : s.appointments(station)) {
            PersonId p = a.appointment().person();
            if (a.appointment().position().equals(preset.position()) && !leaving.contains(p) && sitting.add(p)) {
                Optional.ofNullable(recommended.get(p)).map(Recommendation::college).or(() -> collegeOf(p, day))
                        .ifPresent(c -> count.merge(c, 1, Integer::sum));
            }
        }

        List<Passed> passed = new ArrayList<>();
        Map<CollegeId, Deque<Recommendation>> queues = new TreeMap<>();
        List<Recommendation> all = new ArrayList<>(s.recommendationsTo(station));
        all.sort(WITHIN_COLLEGE);
        for (Recommendation r : all) {
            Optional<Student> student = directory.studentOf(r.student());
            int served = termsServed(r.student(), view.history(), day.minusDays(1));
            if (sitting.contains(r.student())) {
                passed.add(passed(r, Reason.ON_STATION, "recruitment.why.on-station"));
            } else if (student.flatMap(st -> st.statusOn(day)).map(st -> !st.isStudying()).orElse(true)) {
                passed.add(passed(r, Reason.NOT_STUDYING, "recruitment.why.not-studying", status(student, day)));
            } else if (preset.maxTermsServed().filter(most -> served >= most).isPresent()) {
                passed.add(passed(r, Reason.TERM_LIMIT, "recruitment.why.term-limit", served, preset.maxTermsServed().get()));
            } else if (!leaving.contains(r.student()) && appointedLater(r.student(), view.history(), day)) {
                passed.add(passed(r, Reason.ON_STATION, "recruitment.why.on-station"));
            } else {
                queues.computeIfAbsent(r.college(), c -> new ArrayDeque<>()).add(r);
            }
        }

        List<Chosen> chosen = new ArrayList<>();
        int total = sitting.size();
        int cap = preset.maxPerCollege().orElse(Integer.MAX_VALUE);
        for (int round = 1; ; round++) {
            boolean sure = round <= preset.minPerCollege();
            int limit = sure ? bound.max() : target;
            if (total >= bound.max() || (!sure && total >= target) || !anyOpen(queues, count, cap)) {
                break;
            }
            List<Recommendation> picks = new ArrayList<>();
            for (Map.Entry<CollegeId, Deque<Recommendation>> q : queues.entrySet()) {
                int held = count.getOrDefault(q.getKey(), 0);
                if (!q.getValue().isEmpty() && held < round && held < cap) {
                    picks.add(q.getValue().peek());
                }
            }
            picks.sort(ACROSS_COLLEGES);
            for (Recommendation r : picks) {
                if (total >= limit) {
                    break;
                }
                Objects.requireNonNull(queues.get(r.college()), "every recommended college has its queue").poll();
                int held = count.merge(r.college(), 1, Integer::sum);
                total++;
                chosen.add(sure ? chosen(r, held, Reason.FLOOR, "recruitment.why.floor", preset.minPerCollege())
                        : chosen(r, held, Reason.ROUND, "recruitment.why.round"));
            }
        }
        int after = total;
        queues.forEach((college, left) -> left.forEach(r -> passed.add(count.getOrDefault(college, 0) >= cap
                ? passed(r, Reason.COLLEGE_FULL, "recruitment.why.college-full", college(college), cap)
                : passed(r, Reason.STATION_FULL, "recruitment.why.station-full", after, target, bound.toString()))));
        passed.sort(Comparator.comparing(Passed::college).thenComparingInt(Passed::rank).thenComparing(Passed::student));

        Selection selection = new Selection(station, day, false, new Selection.Seats(bound, target, sitting.size(), after),
                departures, chosen, passed);
        List<AppointmentBatch.Ending> endings = departures.stream()
                .map(d -> new AppointmentBatch.Ending(d.appointment(), d.lastDay())).toList();
        List<Appointment> appointments = chosen.stream()
                .map(c -> Appointment.of(station, c.student(), preset.position(), day)).toList();
        return new AppointmentBatch<>(selection, endings, appointments);
    }

    /**
     * The bounds of the station's recommended students: the charter's slots of the preset's position in the
     * node's kind whose qualification asks {@code recommended}, added up.
     */
    private Bound seats(OrgUnit unit) {
        List<SlotRule> slots = charter.kind(unit.kind()).map(KindRule::slots).orElse(List.of()).stream()
                .filter(slot -> slot.position().equals(preset.position()))
                .filter(slot -> slot.qualifies().map(Qualification::recommended).orElse(false))
                .toList();
        if (slots.isEmpty()) {
            throw OrgChecks.conflict("recruitment.no-slot", unit.id(), unit.kind().label(), preset.position().label());
        }
        long min = 0;
        long max = 0;
        for (SlotRule slot : slots) {
            min += slot.count().min();
            max += slot.count().max();
        }
        return new Bound((int) Math.min(min, Bound.UNBOUNDED), (int) Math.min(max, Bound.UNBOUNDED));
    }

    /** The appointments a rotation at {@code end} ends, by student, then appointment. */
    private List<Departure> departures(AppointmentBatch.View view, OrgId station, LocalDate end) {
        LocalDate day = view.snapshot().date();
        Map<PersonId, Integer> served = new HashMap<>();
        List<Departure> out = new ArrayList<>();
        for (Appointed a : view.snapshot().appointments(station)) {
            Appointment app = a.appointment();
            Optional<Student> student = directory.studentOf(app.person());
            if (app.from().isAfter(end) || student.isEmpty()) {
                continue;
            }
            int terms = served.computeIfAbsent(app.person(), p -> termsServed(p, view.history(), end));
            Optional<LocalDate> stopped = stoppedStudying(student.get(), day);
            if (stopped.isPresent()) {
                LocalDate lastStudying = stopped.get().minusDays(1);
                LocalDate lastDay = lastStudying.isBefore(end) ? lastStudying : end;
                lastDay = lastDay.isBefore(app.from()) ? app.from() : lastDay;
                out.add(departure(a, lastDay, Reason.NOT_STUDYING, terms, BUNDLE.text("recruitment.why.not-studying", status(student, day))));
            } else if (preset.maxTermsServed().filter(most -> terms >= most).isPresent()) {
                out.add(departure(a, end, Reason.TERM_LIMIT, terms,
                        BUNDLE.text("recruitment.why.term-limit", terms, preset.maxTermsServed().get())));
            }
        }
        out.sort(Comparator.comparing(Departure::student).thenComparing(Departure::appointment));
        return out;
    }

    private Departure departure(Appointed a, LocalDate lastDay, Reason reason, int terms, Text why) {
        Appointment app = a.appointment();
        String[] text = both("recruitment.departed", person(app.person()), app.position().label(), lastDay.toString(), why);
        return new Departure(app.person(), name(app.person()), app.position(), a.ref(), lastDay, reason, terms, text[0], text[1]);
    }

    /** The status label of {@code student} on {@code day}, or a dash before enrolment. */
    private static Object status(Optional<Student> student, LocalDate day) {
        return student.flatMap(st -> st.statusOn(day)).map(StudentStatus::label).map(Object.class::cast).orElse("—");
    }

    /** The first day of the run of statuses that are not studying, if the student is not studying on {@code day}. */
    private static Optional<LocalDate> stoppedStudying(Student student, LocalDate day) {
        if (student.statusOn(day).map(StudentStatus::isStudying).orElse(false)) {
            return Optional.empty();
        }
        LocalDate since = null;
        for (StatusChange change : student.statuses()) {
            if (change.date().isAfter(day)) {
                break;
            }
            if (change.status().isStudying()) {
                since = null;
            } else if (since == null) {
                since = change.date();
            }
        }
        return Optional.of(since == null ? day : since);
    }

    /**
     * The terms of the campus calendar, begun by {@code upTo}, in which {@code person} held the preset's post on
     * the station on at least one day up to {@code upTo}.
     */
    private int termsServed(PersonId person, List<Appointed> history, LocalDate upTo) {
        List<Appointment> held = history.stream().map(Appointed::appointment)
                .filter(a -> a.person().equals(person) && a.position().equals(preset.position()) && !a.from().isAfter(upTo))
                .toList();
        if (held.isEmpty()) {
            return 0;
        }
        int terms = 0;
        for (Term term : directory.terms()) {
            if (!term.start().isAfter(upTo) && held.stream().anyMatch(a -> term.overlaps(a.from(), a.to().filter(upTo::isAfter).orElse(upTo)))) {
                terms++;
            }
        }
        return terms;
    }

    /** Whether {@code person} already has the post from a day after {@code day} (an appointment made ahead). */
    private boolean appointedLater(PersonId person, List<Appointed> history, LocalDate day) {
        return history.stream().map(Appointed::appointment)
                .anyMatch(a -> a.person().equals(person) && a.position().equals(preset.position()) && a.from().isAfter(day));
    }

    private static boolean anyOpen(Map<CollegeId, Deque<Recommendation>> queues, Map<CollegeId, Integer> count, int cap) {
        return queues.entrySet().stream().anyMatch(q -> !q.getValue().isEmpty() && count.getOrDefault(q.getKey(), 0) < cap);
    }

    private Optional<CollegeId> collegeOf(PersonId person, LocalDate day) {
        return directory.studentOf(person).flatMap(st -> directory.adminClass(st.classOn(day))).map(c -> c.college());
    }

    // ------------------------------------------------------------------ explanations

    private Chosen chosen(Recommendation r, int round, Reason reason, String key, Object... args) {
        String[] text = both("recruitment.chosen", person(r.student()), college(r.college()), r.rank(), round, BUNDLE.text(key, args));
        return new Chosen(r.student(), name(r.student()), r.college(), r.rank(), round, reason, Optional.empty(), text[0], text[1]);
    }

    private Passed passed(Recommendation r, Reason reason, String key, Object... args) {
        String[] text = both("recruitment.passed", person(r.student()), college(r.college()), r.rank(), BUNDLE.text(key, args));
        return new Passed(r.student(), name(r.student()), r.college(), r.rank(), reason, text[0], text[1]);
    }

    /** {@code key} rendered in Simplified Chinese and in English. */
    private static String[] both(String key, Object... args) {
        return new String[] {BUNDLE.render(MessageBundle.ZH, key, args), BUNDLE.render(MessageBundle.EN, key, args)};
    }

    private String name(PersonId person) {
        return directory.person(person).map(Person::name).orElse(person.value());
    }

    private String person(PersonId person) {
        return name(person) + " (" + person.value() + ")";
    }

    private String college(CollegeId college) {
        return directory.college(college).map(College::name).orElse(college.value()) + " (" + college.value() + ")";
    }
}
