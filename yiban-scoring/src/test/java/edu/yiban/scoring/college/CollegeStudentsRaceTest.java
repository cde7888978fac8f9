package edu.yiban.scoring.college;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.DelegatingDirectory;
import edu.yiban.core.fixtures.OneWrite;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Student;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.org.YibanOrganisation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A class opened and a student placed in it while the colleges' evaluation reads the campus: the writer
 * runs right after the first of the meter's two reads (the classes, the students). Every student measured
 * is counted in a class the meter knows; the newcomer is left to the next measure.
 */
class CollegeStudentsRaceTest {
    private static final LocalDate START = LocalDate.of(2022, 9, 1);
    private static final LocalDate FROM = LocalDate.of(2022, 10, 10);
    private static final LocalDate TO = LocalDate.of(2022, 10, 30);
    private static final CollegeId EDU = CollegeId.of("EDU");
    private static final CollegeId MATH = CollegeId.of("MATH");

    private final YibanCore core = YibanCore.builder().build();
    private final YibanOrganisation organisation = YibanOrganisation.builder(core).build();
    private final CampusDirectory campus = core.directory();

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aStudentPlacedInANewClassDuringTheReadIsLeftToTheNextMeasure() {
        college(EDU);
        college(MATH);
        addClass(ClassId.of("EDU2201"), EDU);
        campus.enrol(Enrolment.of(StudentNo.of("E0001"), "学生E0001", ClassId.of("EDU2201"), START));
        CollegePreset preset = CollegePreset.seed();

        OneWrite write = new OneWrite(() -> {
            addClass(ClassId.of("MATH2201"), MATH);
            campus.enrol(Enrolment.of(StudentNo.of("M0001"), "学生M0001", ClassId.of("MATH2201"), START));
        });
        CampusDirectory racing = new DelegatingDirectory(campus) {
            @Override
            public List<AdminClass> classes() {
                return write.after(super.classes());
            }

            @Override
            public List<Student> students() {
                return write.after(super.students());
            }
        };
        CollegeMeasures during = CollegeMeter.measure(preset, core, racing, organisation.tree(), FROM, TO, List.of());

        assertThat(write.done()).as("a class was opened during the measure").isTrue();
        assertThat(during.raw().subjects().keySet()).containsExactly("EDU");
        assertThat(CollegeMeter.measure(preset, core, organisation, FROM, TO, List.of()).raw().subjects().keySet())
                .containsExactly("EDU", "MATH");
    }

    private void college(CollegeId id) {
        campus.addCollege(new College(id, id.value() + "学院"));
        campus.addMajor(new Major(MajorId.of(id.value() + "-01"), id, id.value() + "专业"));
    }

    private void addClass(ClassId id, CollegeId college) {
        campus.addClass(new AdminClass(id, "2022级" + id.value() + "班", college, MajorId.of(college.value() + "-01"), Cohort.of(2022)));
    }
}
