package edu.yiban.org.recruitment;

import static edu.yiban.org.SeedCampus.DAY;
import static edu.yiban.org.SeedCampus.STATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.org.SeedCampus;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any recommendations across 1 to 8 colleges (ranks may tie, some students withdraw before the
 * selection), any station bounds in the charter and any target: the selection never seats more than the
 * charter's most, gives every college with a pending studying recommendation a seat when there are
 * seats for all of them, and is the same whatever order the recommendations were made in.
 */
class SelectionProperties {
    private static final LocalDate SELECTION_DAY = DAY.plusDays(2);
    private static final Map<Integer, Charter> CHARTERS = new ConcurrentHashMap<>();

    /** The {@code student}-th student (1–12) of college {@code college} (0–7) recommends with {@code rank}; withdrawn the day after. */
    record Rec(int college, int student, int rank, boolean withdrawn) {
    }

    /** The recommendations, the station's bounds in the charter, the preset's target (0: none) and sure seats. */
    record Case(List<Rec> recs, int stationMin, int stationMax, int target, int minPerCollege) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Rec> rec = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 4).map(i -> i == 0)).as(Rec::new);
        Arbitrary<List<Rec>> recs = rec.list().ofMaxSize(50).map(SelectionProperties::onePerStudent);
        return Combinators.combine(recs, Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 2))
                .as((r, max, min, target, sure) -> new Case(r, min % (max + 1), max, target, sure));
    }

    @Property(tries = 30)
    void theSelectionKeepsTheCharterMaximumSeatsEveryWaitingCollegeWhenItCanAndIsDeterministic(@ForAll("cases") Case c) {
        RecruitmentPreset preset = RecruitmentPreset.seed().withMinPerCollege(c.minPerCollege());
        preset = c.target() == 0 ? preset : preset.withTargetSize(c.target());
        SeedCampus one = campus(c, c.recs());
        List<Rec> reversed = new ArrayList<>(c.recs());
        Collections.reverse(reversed);
        SeedCampus other = campus(c, reversed);

        Selection preview = one.organisation.recruitment(preset).preview(STATION, SELECTION_DAY);
        Selection done = one.organisation.recruitment(preset).select(STATION, SELECTION_DAY);

        assertThat(other.organisation.recruitment(preset).preview(STATION, SELECTION_DAY)).isEqualTo(preview);
        assertThat(done.chosenStudents()).isEqualTo(preview.chosenStudents());
        assertThat(StationCampus.members(one, SELECTION_DAY)).hasSize(done.seats().after());
        assertThat(done.seats().after()).isLessThanOrEqualTo(c.stationMax());
        Set<CollegeId> waiting = new TreeSet<>();
        c.recs().stream().filter(r -> !r.withdrawn()).forEach(r -> waiting.add(college(r.college())));
        if (waiting.size() <= c.stationMax()) {
            assertThat(done.chosenByCollege().keySet()).containsAll(waiting);
        }
        // sure seats: each college min(sure seats, its candidates), within the charter's most; then turns up to the target
        Map<CollegeId, Integer> perCollege = new TreeMap<>();
        c.recs().stream().filter(r -> !r.withdrawn()).forEach(r -> perCollege.merge(college(r.college()), 1, Integer::sum));
        int candidates = perCollege.values().stream().mapToInt(Integer::intValue).sum();
        int sure = perCollege.values().stream().mapToInt(n -> Math.min(n, c.minPerCollege())).sum();
        int target = Math.max(c.stationMin(), Math.min(c.stationMax(), c.target() == 0 ? c.stationMax() : c.target()));
        assertThat(done.chosen()).hasSize(Math.max(Math.min(sure, c.stationMax()), Math.min(target, candidates)));
    }

    // ------------------------------------------------------------------ the campus of a case

    private static SeedCampus campus(Case c, List<Rec> recs) {
        SeedCampus seed = StationCampus.emptyStation(CHARTERS.computeIfAbsent(c.stationMin() * 100 + c.stationMax(),
                k -> StationCampus.seedCharterWithStationStudents(slot -> {
                    ((ObjectNode) slot.get("count")).put("min", c.stationMin()).put("max", c.stationMax());
                })));
        int colleges = recs.stream().mapToInt(Rec::college).max().orElse(0) + 1;
        for (int k = SeedCampus.COLLEGES.size(); k < colleges; k++) {
            addCollege(seed, k);
        }
        for (Rec r : recs) {
            seed.tree.recommend(new Recommendation(STATION, college(r.college()), person(r.college(), r.student()), r.rank(), DAY));
        }
        for (Rec r : recs) {
            if (r.withdrawn()) {
                seed.campus.changeStatus(studentNo(r.college(), r.student()), new StatusChange(StudentStatus.WITHDRAWN, DAY.plusDays(1)));
            }
        }
        return seed;
    }

    private static void addCollege(SeedCampus seed, int k) {
        CollegeId id = college(k);
        seed.campus.addCollege(new College(id, id.value() + "学院"));
        MajorId major = MajorId.of(id.value() + "-01");
        seed.campus.addMajor(new Major(major, id, id.value() + "专业"));
        ClassId classId = ClassId.of(id.value() + "2201");
        seed.campus.addClass(new AdminClass(classId, "2022级" + id.value() + "1班", id, major, Cohort.of(2022)));
        List<Enrolment> students = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            students.add(Enrolment.of(studentNo(k, i), "学生" + (k + 1) + "-" + i, classId, DAY));
        }
        seed.campus.enrolAll(students);
    }

    private static CollegeId college(int k) {
        return k < SeedCampus.COLLEGES.size() ? SeedCampus.COLLEGES.get(k) : CollegeId.of("C" + (k + 1));
    }

    private static StudentNo studentNo(int k, int i) {
        return StudentNo.of(String.format("2022%02d%04d", k + 1, i));
    }

    private static PersonId person(int k, int i) {
        return PersonId.of(studentNo(k, i).value());
    }

    private static List<Rec> onePerStudent(List<Rec> recs) {
        Set<Integer> seen = new HashSet<>();
        return recs.stream().filter(r -> seen.add(r.college() * 100 + r.student())).toList();
    }
}
