package edu.yiban.scoring.round;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Term;
import edu.yiban.core.fixtures.DelegatingDirectory;
import edu.yiban.core.fixtures.OneWrite;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.scoring.internal.round.EvaluationAdapters;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.student.StudentEvaluation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A term declared while a year's round is computed: the writer runs right after the round reads the
 * year's terms, before the students' evaluation reads them again. The results are checked against the
 * terms the evaluation may have seen, so a student registered only in the new term is not refused as a
 * stranger to the period.
 */
class RoundTermsRaceTest {
    private static final CollegeId EDU = CollegeId.of("EDU");
    private static final ClassId EDU2201 = ClassId.of("EDU2201");
    private static final PersonId COUNSELLOR = PersonId.of("T1001");
    private static final AcademicYear Y2022 = AcademicYear.of(2022);
    private static final RoundId ROUND = RoundId.of("2022-2023-zongce");

    private final YibanCore core = YibanCore.builder().build();
    private final CampusDirectory campus = core.directory();

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aTermDeclaredWhileARoundComputesCountsForTheResultsChecks() {
        campus.addCollege(new College(EDU, "教育学院"));
        campus.addMajor(new Major(MajorId.of("EDU-PRI"), EDU, "小学教育"));
        campus.addClass(new AdminClass(EDU2201, "2022级小学教育1班", EDU, MajorId.of("EDU-PRI"), Cohort.of(2022)));
        campus.register(new Person(COUNSELLOR, "陈老师", EnumSet.of(Role.COUNSELLOR), Optional.of(StaffNo.of("T1001")), Optional.of(EDU)));
        campus.declareTerm(new Term(Y2022.term(1), LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 20)));
        campus.enrol(Enrolment.of(StudentNo.of("2022010101"), "李明", EDU2201, LocalDate.of(2022, 9, 1)));
        campus.enrol(Enrolment.of(StudentNo.of("2022010102"), "王芳", EDU2201, LocalDate.of(2023, 2, 25)));
        OneWrite write = new OneWrite();
        CampusDirectory racing = new DelegatingDirectory(campus) {
            @Override
            public List<Term> terms() {
                return write.after(super.terms());
            }
        };
        StudentEvaluation students = StudentEvaluation.builder(core).rules(RuleSets.of(RuleSet.example2022())).build();
        RoundService rounds = new RoundService(WritableLedger.of(core.ledger()), racing, core.archives(), RoundPolicy.seed(),
                List.of(EvaluationAdapters.students("students", "1", students, AwardPolicy.example())), core.access());
        rounds.draft(RoundDraft.of(ROUND, new Bilingual("2022—2023 学年综合测评", "2022-23 evaluation"), RoundPeriod.of(Y2022),
                "students", "1"), COUNSELLOR);

        write.arm(() -> campus.declareTerm(new Term(Y2022.term(2), LocalDate.of(2023, 2, 20), LocalDate.of(2023, 7, 10))));
        Computation computed = rounds.compute(ROUND, COUNSELLOR);

        assertThat(write.done()).as("the term was declared during the computation").isTrue();
        assertThat(computed.results().results()).extracting(SubjectResult::subject).containsExactly("2022010101", "2022010102");
    }
}
