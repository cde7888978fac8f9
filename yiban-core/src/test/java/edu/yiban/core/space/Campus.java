package edu.yiban.core.space;

import edu.yiban.core.fixtures.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.YibanException;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.internal.directory.DirectoryService;
import edu.yiban.core.internal.space.SpaceService;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.validation.YibanValidator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A small campus built from the real parts: an in-memory ledger on a hand-moved clock in Hainan's time
 * zone, the campus directory and the spaces over it. College EDU has class EDU2201 (counsellor T001,
 * students S1 to S4) and class EDU2202 (no counsellor yet); T002 is a teacher, T003 a second counsellor.
 */
final class Campus {
    static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");
    static final ClassId EDU2201 = ClassId.of("EDU2201");
    static final ClassId EDU2202 = ClassId.of("EDU2202");
    static final PersonId COUNSELLOR = PersonId.of("T001");
    static final PersonId TEACHER = PersonId.of("T002");
    static final PersonId OTHER_COUNSELLOR = PersonId.of("T003");
    static final PersonId S1 = PersonId.of("2022010101");
    static final PersonId S2 = PersonId.of("2022010102");
    static final PersonId S3 = PersonId.of("2022010103");
    static final PersonId S4 = PersonId.of("2022010104");
    static final PersonId STRANGER = PersonId.of("X999");

    final SettableClock clock;
    final LedgerStore store = LedgerStore.inMemory();
    final WritableLedger ledger;
    final DirectoryService directory;
    final SpaceService spaces;

    Campus() {
        this("2022-09-01T08:00");
    }

    Campus(String localNow) {
        clock = new SettableClock(HAINAN, "1970-01-01T08:00");
        clock.set(localNow);
        ledger = new WritableLedger(store, clock);
        directory = new DirectoryService(ledger, YibanJson.newMapper(), YibanValidator.core());
        CollegeId edu = CollegeId.of("EDU");
        directory.addCollege(new College(edu, "教育学院"));
        directory.addMajor(new Major(MajorId.of("EDU-PRI"), edu, "小学教育"));
        directory.addClass(new AdminClass(EDU2201, "2022级小学教育1班", edu, MajorId.of("EDU-PRI"), Cohort.of(2022)));
        directory.addClass(new AdminClass(EDU2202, "2022级小学教育2班", edu, MajorId.of("EDU-PRI"), Cohort.of(2022)));
        staff(COUNSELLOR, "王芳", "T0001", Role.TEACHER, Role.COUNSELLOR);
        staff(TEACHER, "陈强", "T0002", Role.TEACHER);
        staff(OTHER_COUNSELLOR, "林静", "T0003", Role.COUNSELLOR);
        directory.assignCounsellor(EDU2201, COUNSELLOR, LocalDate.of(2022, 9, 1));
        String[] names = {"李明", "张华", "赵丽", "黄海"};
        PersonId[] students = {S1, S2, S3, S4};
        for (int i = 0; i < students.length; i++) {
            directory.enrol(Enrolment.of(StudentNo.of(students[i].value()), names[i], EDU2201, LocalDate.of(2022, 9, 1)));
        }
        spaces = new SpaceService(ledger, YibanJson.newMapper(), YibanValidator.core(), directory);
    }

    private void staff(PersonId id, String name, String staffNo, Role... roles) {
        directory.register(new Person(id, name, EnumSet.of(roles[0], roles), Optional.of(StaffNo.of(staffNo)),
                Optional.of(CollegeId.of("EDU"))));
    }

    /** The spaces of a fresh service over the same store: every projection rebuilt from the ledger. */
    SpaceService reopened() {
        WritableLedger again = new WritableLedger(store, clock);
        return new SpaceService(again, YibanJson.newMapper(), YibanValidator.core(),
                new DirectoryService(again, YibanJson.newMapper(), YibanValidator.core()));
    }

    /** The class space of EDU2201 with its four students joined. */
    Space classSpaceWithStudents() {
        Space space = spaces.openForClass(EDU2201);
        for (PersonId s : new PersonId[] {S1, S2, S3, S4}) {
            space.join(s);
        }
        return space;
    }

    /**
     * Asserts that {@code call} is refused with {@code type}, saying {@code zh} and {@code en} in full, and
     * that nothing was written to {@code space}'s stream.
     */
    void assertRefused(Space space, ThrowingCallable call, Class<? extends YibanException> type, String zh, String en) {
        long before = ledger.version(space.id().stream());
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            String zhText = e instanceof InvalidInputException invalid ? invalid.violations().get(0).zh() : e.message(MessageBundle.ZH);
            String enText = e instanceof InvalidInputException invalid ? invalid.violations().get(0).en() : e.message(MessageBundle.EN);
            assertThat(zhText).isEqualTo(zh);
            assertThat(enText).isEqualTo(en);
        });
        assertThat(ledger.version(space.id().stream())).as("records written").isEqualTo(before);
        assertThat(space.version()).isEqualTo(before);
    }
}
