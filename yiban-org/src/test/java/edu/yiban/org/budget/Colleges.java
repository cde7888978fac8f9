package edu.yiban.org.budget;

import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A campus for budget tests, built through the core's public API: colleges EDU (教育学院), LIT (文学院)
 * and MATH (数学与统计学院), one major and one class each, with as many students as asked.
 */
final class Colleges {
    static final CollegeId EDU = CollegeId.of("EDU");
    static final CollegeId LIT = CollegeId.of("LIT");
    static final CollegeId MATH = CollegeId.of("MATH");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T02:00:00Z"), ZoneOffset.UTC);

    private Colleges() {
    }

    /** A core over {@code store} whose colleges EDU, LIT and MATH have the given numbers of studying students. */
    static YibanCore campus(LedgerStore store, int edu, int lit, int math) {
        YibanCore core = YibanCore.builder().store(store).clock(CLOCK).build();
        CampusDirectory directory = core.directory();
        college(directory, EDU, "教育学院", edu);
        college(directory, LIT, "文学院", lit);
        college(directory, MATH, "数学与统计学院", math);
        return core;
    }

    private static void college(CampusDirectory directory, CollegeId id, String name, int students) {
        directory.addCollege(new College(id, name));
        MajorId major = MajorId.of(id.value() + "-1");
        directory.addMajor(new Major(major, id, name + "专业"));
        ClassId classId = ClassId.of(id.value() + "2201");
        directory.addClass(new AdminClass(classId, name + "2022级1班", id, major, Cohort.of(2022)));
        List<Enrolment> intake = new ArrayList<>(students);
        for (int i = 0; i < students; i++) {
            intake.add(Enrolment.of(StudentNo.of(id.value() + String.format("%06d", i)), "学生" + i, classId, LocalDate.of(2022, 9, 1)));
        }
        directory.enrolAll(intake);
    }
}
