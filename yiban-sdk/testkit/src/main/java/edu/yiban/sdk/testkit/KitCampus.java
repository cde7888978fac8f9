package edu.yiban.sdk.testkit;

import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.TermId;
import edu.yiban.sdk.Yiban;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The small campus the plugin contracts run on: one college {@code KIT}, one class {@code KIT2201} of six
 * students (学号 2022990001 … 2022990006) with the counsellor {@code KIT-C}, and the term 2022-2023-1.
 */
final class KitCampus {
    static final TermId TERM = TermId.parse("2022-2023-1");
    static final PersonId COUNSELLOR = PersonId.of("KIT-C");
    static final ClassId CLASS = ClassId.of("KIT2201");
    static final LocalDate TERM_START = LocalDate.of(2022, 9, 1);
    static final LocalDate TERM_END = LocalDate.of(2023, 1, 15);
    /** A few days after the term, when the evaluation runs. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-20T02:00:00Z"), ZoneOffset.UTC);
    static final List<StudentNo> STUDENTS = students();
    /** A stable extension id: lower-case letters and digits, then also '.' and '-'. */
    private static final Pattern EXTENSION_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private KitCampus() {
    }

    /** A runtime on the kit's clock with the kit's campus, then {@code prepare}d by the contract's subclass. */
    static Yiban runtime(Consumer<Yiban> prepare) {
        Yiban yiban = Yiban.builder().clock(CLOCK).build();
        fill(yiban.campus());
        prepare.accept(yiban);
        return yiban;
    }

    /**
     * What an importer's or exporter's declaration lacks: {@code "id"} for an id that is not stable,
     * {@code "names"} for a name without both languages, {@code null} when it has both.
     */
    static @Nullable String undeclared(@Nullable String id, @Nullable Bilingual name) {
        if (id == null || !EXTENSION_ID.matcher(id).matches()) {
            return "id";
        }
        if (name == null || name.zh().isBlank() || name.en().isBlank()) {
            return "names";
        }
        return null;
    }

    private static List<StudentNo> students() {
        List<StudentNo> students = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            students.add(StudentNo.of("202299000" + i));
        }
        return List.copyOf(students);
    }

    static void fill(CampusDirectory d) {
        CollegeId college = CollegeId.of("KIT");
        MajorId major = MajorId.of("KIT-01");
        d.addCollege(new College(college, "测试学院", Optional.of("Kit College")));
        d.addMajor(new Major(major, college, "测试专业"));
        d.declareTerm(new Term(TERM, TERM_START, TERM_END));
        d.addClass(new AdminClass(CLASS, "2022级测试1班", college, major, Cohort.of(2022)));
        d.register(new Person(COUNSELLOR, "测试辅导员", EnumSet.of(Role.COUNSELLOR, Role.TEACHER), Optional.of(StaffNo.of("KITC0")),
                Optional.of(college)));
        List<Enrolment> enrolments = new ArrayList<>();
        for (StudentNo s : STUDENTS) {
            enrolments.add(Enrolment.of(s, "学生" + s.value().substring(9), CLASS, TERM_START));
        }
        d.enrolAll(enrolments);
        d.assignCounsellor(CLASS, COUNSELLOR, TERM_START);
    }
}
