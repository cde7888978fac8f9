package edu.yiban.org.internal.tree;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Student;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.org.internal.OrgMessages;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.CharterViolation.Problem;
import edu.yiban.org.tree.CharterViolation;
import edu.yiban.org.tree.KindRule;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgSnapshot.Appointed;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.Qualification;
import edu.yiban.org.tree.Severity;
import edu.yiban.org.tree.SlotRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks an organisation snapshot against a charter: the kinds and places of nodes, their counts
 * school-wide and per college, and who sits in each node. A node's appointments are matched to its
 * slots by maximum bipartite matching (each slot taking up to its maximum, appointments tried in the
 * order they were made, slots in the order the charter lists them), so that people who qualify for
 * several slots land where they make the organisation complete. What stays unmatched is reported once:
 * against the slot it was trying to fill, as unqualified, wrongly concurrent, or one too many.
 */
final class CharterChecker {
    private final Charter charter;
    private final CampusDirectory directory;

    public CharterChecker(Charter charter, CampusDirectory directory) {
        this.charter = charter;
        this.directory = directory;
    }

    /** Every violation of {@code s}, in the charter's order of kinds, then by node, then by slot. */
    public List<CharterViolation> check(OrgSnapshot s) {
        List<CharterViolation> found = new ArrayList<>();
        checkCounts(s, found);
        List<OrgUnit> units = new ArrayList<>(s.units());
        units.sort(Comparator.comparing(OrgUnit::id));
        for (OrgUnit unit : units) {
            Optional<KindRule> rule = charter.kind(unit.kind());
            if (rule.isEmpty()) {
                found.add(violation("kind." + unit.kind().code(), Severity.ERROR, Problem.KIND_NOT_ALLOWED, unit, null, null,
                        "violation.kind-not-allowed", l -> args(node(unit), unit.kind().code())));
                continue;
            }
            checkPlace(s, unit, rule.get(), found);
            checkSlots(s, unit, rule.get(), found);
        }
        return found;
    }

    private void checkCounts(OrgSnapshot s, List<CharterViolation> found) {
        for (KindRule rule : charter.kinds()) {
            List<OrgUnit> all = sortedByFounding(s.units(rule.kind()));
            String id = "kind." + rule.kind().code();
            if (all.size() < rule.count().min()) {
                found.add(violation(id, rule.severity(), Problem.MISSING_NODE, null, null, null, "violation.missing-node",
                        l -> args(rule.name().in(l), all.size(), rule.count())));
            }
            for (OrgUnit extra : all.subList(Math.min(all.size(), rule.count().max()), all.size())) {
                found.add(violation(id, rule.severity(), Problem.EXTRA_NODE, extra, null, null, "violation.extra-node",
                        l -> args(node(extra), rule.name().in(l), all.size(), rule.count())));
            }
            if (rule.perCollege().isPresent()) {
                var bound = rule.perCollege().get();
                String perCollegeId = id + ".per-college";
                for (var college : directory.colleges()) {
                    List<OrgUnit> in = sortedByFounding(s.units(rule.kind(), college.id()));
                    if (in.size() < bound.min()) {
                        found.add(violation(perCollegeId, rule.severity(), Problem.MISSING_NODE, null, college.id(), null,
                                "violation.missing-college-node", l -> args(college.name() + " (" + college.id() + ")", rule.name().in(l), in.size(), bound)));
                    }
                    for (OrgUnit extra : in.subList(Math.min(in.size(), bound.max()), in.size())) {
                        found.add(violation(perCollegeId, rule.severity(), Problem.EXTRA_NODE, extra, college.id(), null,
                                "violation.extra-college-node", l -> args(node(extra), college.name() + " (" + college.id() + ")", rule.name().in(l), in.size(), bound)));
                    }
                }
            }
        }
    }

    private void checkPlace(OrgSnapshot s, OrgUnit unit, KindRule rule, List<CharterViolation> found) {
        Optional<OrgUnit> parent = unit.parent().flatMap(s::unit);
        String id = "kind." + rule.kind().code() + ".place";
        if ((unit.parent().isPresent() && parent.isEmpty()) || !rule.allowsParent(parent.map(OrgUnit::kind))) {
            found.add(violation(id, rule.severity(), Problem.WRONG_PARENT, unit, null, null, "violation.wrong-parent",
                    l -> args(node(unit), unit.parent().map(Object::toString).orElse("—"), rule.name().in(l),
                            rule.parents().isEmpty() ? "—" : String.join(", ", rule.parents().stream().map(OrgKind::code).toList()))));
        }
        if (rule.collegeLevel()) {
            Optional<CollegeId> parentCollege = parent.flatMap(OrgUnit::college);
            boolean mismatched = parentCollege.isPresent() && unit.college().isPresent() && !parentCollege.equals(unit.college());
            if (unit.college().isEmpty() || mismatched) {
                found.add(violation(id, rule.severity(), Problem.WRONG_COLLEGE, unit, unit.college().orElse(null), null,
                        "violation.wrong-college", l -> args(node(unit), rule.name().in(l))));
            }
        }
    }

    // ------------------------------------------------------------------ who sits where

    private void checkSlots(OrgSnapshot s, OrgUnit unit, KindRule rule, List<CharterViolation> found) {
        List<Appointed> apps = s.appointments(unit.id());
        List<SlotRule> slots = rule.slots();
        int n = apps.size();
        boolean[][] eligible = new boolean[n][slots.size()];
        boolean[][] qualified = new boolean[n][slots.size()];
        for (int a = 0; a < n; a++) {
            Appointment app = apps.get(a).appointment();
            for (int k = 0; k < slots.size(); k++) {
                SlotRule slot = slots.get(k);
                if (slot.position().equals(app.position())) {
                    qualified[a][k] = slot.qualifies().map(q -> qualifies(q, app.person(), unit, s)).orElse(true);
                    eligible[a][k] = qualified[a][k] && slot.concurrent().map(c -> c == app.concurrent()).orElse(true);
                }
            }
        }
        int[] matchedTo = match(eligible, slots, n);
        int[] filled = new int[slots.size()];
        for (int a = 0; a < n; a++) {
            if (matchedTo[a] >= 0) {
                filled[matchedTo[a]]++;
            }
        }
        int[] shortfall = new int[slots.size()];
        for (int k = 0; k < slots.size(); k++) {
            shortfall[k] = Math.max(0, slots.get(k).count().min() - filled[k]);
        }
        for (int a = 0; a < n; a++) {
            if (matchedTo[a] >= 0) {
                continue;
            }
            Appointment app = apps.get(a).appointment();
            List<Integer> ofPosition = new ArrayList<>();
            for (int k = 0; k < slots.size(); k++) {
                if (slots.get(k).position().equals(app.position())) {
                    ofPosition.add(k);
                }
            }
            if (ofPosition.isEmpty()) {
                if (rule.closed()) {
                    found.add(violation("kind." + rule.kind().code() + ".positions", rule.severity(), Problem.NO_SLOT, unit, null, app.person(),
                            "violation.no-slot", l -> args(node(unit), person(app.person()), app.position().label().render(l), rule.name().in(l))));
                }
                continue;
            }
            int a0 = a;
            List<Integer> eligibleSlots = ofPosition.stream().filter(k -> eligible[a0][k]).toList();
            List<Integer> qualifiedSlots = ofPosition.stream().filter(k -> qualified[a0][k]).toList();
            if (!eligibleSlots.isEmpty()) {
                int k = eligibleSlots.get(0);
                SlotRule slot = slots.get(k);
                found.add(violation(slot.id(), slot.severity(), Problem.TOO_MANY, unit, null, app.person(), "violation.too-many",
                        l -> args(node(unit), slot.rule().in(l), filled[k] + 1, slot.count(), person(app.person()))));
            } else if (!qualifiedSlots.isEmpty()) {
                int k = pick(qualifiedSlots, shortfall);
                SlotRule slot = slots.get(k);
                String key = slot.concurrent().orElse(false) ? "violation.must-be-concurrent" : "violation.must-be-full-time";
                found.add(violation(slot.id(), slot.severity(), Problem.CONCURRENCY, unit, null, app.person(), key,
                        l -> args(node(unit), person(app.person()), slot.rule().in(l))));
            } else {
                int k = pick(ofPosition, shortfall);
                SlotRule slot = slots.get(k);
                found.add(violation(slot.id(), slot.severity(), Problem.NOT_QUALIFIED, unit, null, app.person(), "violation.not-qualified",
                        l -> args(node(unit), person(app.person()), app.position().label().render(l), slot.rule().in(l))));
            }
        }
        for (int k = 0; k < slots.size(); k++) {
            if (shortfall[k] > 0) {
                SlotRule slot = slots.get(k);
                int have = filled[k];
                found.add(violation(slot.id(), slot.severity(), Problem.TOO_FEW, unit, null, null, "violation.too-few",
                        l -> args(node(unit), slot.rule().in(l), have, slot.count())));
            }
        }
    }

    /** The first slot still short of its minimum (which the unmatched appointment stands for), else the first. */
    private static int pick(List<Integer> candidates, int[] shortfall) {
        for (int k : candidates) {
            if (shortfall[k] > 0) {
                shortfall[k]--;
                return k;
            }
        }
        return candidates.get(0);
    }

    /** Maximum bipartite matching of appointments to slot seats (Kuhn's augmenting paths); -1 when unmatched. */
    private static int[] match(boolean[][] eligible, List<SlotRule> slots, int n) {
        int[] capacity = new int[slots.size()];
        for (int k = 0; k < slots.size(); k++) {
            capacity[k] = Math.min(slots.get(k).count().max(), n);
        }
        int[][] seats = new int[slots.size()][];
        for (int k = 0; k < slots.size(); k++) {
            seats[k] = new int[capacity[k]];
            Arrays.fill(seats[k], -1);
        }
        int[] matchedTo = new int[n];
        Arrays.fill(matchedTo, -1);
        for (int a = 0; a < n; a++) {
            augment(a, eligible, seats, matchedTo, new boolean[slots.size()]);
        }
        return matchedTo;
    }

    private static boolean augment(int a, boolean[][] eligible, int[][] seats, int[] matchedTo, boolean[] visited) {
        for (int k = 0; k < seats.length; k++) {
            if (!eligible[a][k] || visited[k]) {
                continue;
            }
            visited[k] = true;
            for (int seat = 0; seat < seats[k].length; seat++) {
                if (seats[k][seat] < 0) {
                    seats[k][seat] = a;
                    matchedTo[a] = k;
                    return true;
                }
            }
            for (int seat = 0; seat < seats[k].length; seat++) {
                if (augment(seats[k][seat], eligible, seats, matchedTo, visited)) {
                    seats[k][seat] = a;
                    matchedTo[a] = k;
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ qualifications

    private boolean qualifies(Qualification q, PersonId id, OrgUnit unit, OrgSnapshot s) {
        LocalDate day = s.date();
        Optional<Person> person = directory.person(id);
        if (q.office().isPresent()) {
            String office = q.office().get();
            if (office.endsWith("@" + Qualification.OWN_COLLEGE)) {
                if (unit.college().isEmpty()) {
                    return false;
                }
                office = office.substring(0, office.length() - Qualification.OWN_COLLEGE.length()) + unit.college().get().value();
            }
            if (!s.holds(id, Office.parse(office))) {
                return false;
            }
        }
        if (q.role().isPresent() && person.map(p -> !p.has(q.role().get())).orElse(true)) {
            return false;
        }
        Optional<Student> student = directory.studentOf(id)
                .filter(st -> st.statusOn(day).map(status -> status.isStudying()).orElse(false));
        if ((q.student() || q.studentLeader()) && student.isEmpty()) {
            return false;
        }
        if (q.studentLeader() && !isStudentLeader(student.get(), unit, s)) {
            return false;
        }
        if (q.ofCollege() && (unit.college().isEmpty() || !collegeOf(person, student, day).equals(unit.college()))) {
            return false;
        }
        if (q.recommended() && !s.recommended(unit.id(), id)) {
            return false;
        }
        return q.anyOf().isEmpty() || q.anyOf().stream().anyMatch(alt -> qualifies(alt, id, unit, s));
    }

    private Optional<CollegeId> collegeOf(Optional<Person> person, Optional<Student> student, LocalDate day) {
        if (student.isPresent()) {
            return directory.adminClass(student.get().classOn(day)).map(c -> c.college());
        }
        return person.flatMap(Person::college);
    }

    /** A class cadre, or a student holding a post in a work station or sub-station other than {@code unit} itself. */
    private boolean isStudentLeader(Student student, OrgUnit unit, OrgSnapshot s) {
        boolean cadre = directory.cadresOf(student.classOn(s.date())).stream().anyMatch(c -> c.student().equals(student.studentNo()));
        boolean stationPost = s.appointmentsOf(student.person()).stream()
                .filter(a -> !a.appointment().org().equals(unit.id()))
                .map(a -> s.unit(a.appointment().org()).map(OrgUnit::kind).orElse(null))
                .anyMatch(k -> OrgKind.WORK_STATION.equals(k) || OrgKind.SUB_STATION.equals(k));
        return cadre || stationPost;
    }

    // ------------------------------------------------------------------ messages

    private String node(OrgUnit unit) {
        return unit.name() + " (" + unit.id() + ")";
    }

    private String person(PersonId id) {
        return directory.person(id).map(p -> p.name() + " (" + id + ")").orElse(id.value());
    }

    /** A message's arguments, as the bundle renders them (numbers as written, anything else by its text). */
    private static Object[] args(Object... args) {
        return args;
    }

    private static CharterViolation violation(String rule, Severity severity, Problem problem, @Nullable OrgUnit unit,
                                              @Nullable CollegeId college, @Nullable PersonId person, String key,
                                              Function<Locale, Object[]> args) {
        String zh = OrgMessages.BUNDLE.render(MessageBundle.ZH, key, args.apply(MessageBundle.ZH));
        String en = OrgMessages.BUNDLE.render(MessageBundle.EN, key, args.apply(MessageBundle.EN));
        return new CharterViolation(rule, severity, problem, Optional.ofNullable(unit).map(OrgUnit::id),
                Optional.ofNullable(college), Optional.ofNullable(person), zh, en);
    }

    private static List<OrgUnit> sortedByFounding(List<OrgUnit> units) {
        List<OrgUnit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(OrgUnit::founded).thenComparing(OrgUnit::id));
        return sorted;
    }
}
