package edu.yiban.core.access;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.EDU2201;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.TEACHER;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.Role;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.space.Post;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of the seed policy, of a campus's own policy file, of plugin rules, and of the audit. */
class AccessTest {
    private static final Actor COUNSELLOR_ACTING = Actor.of(COUNSELLOR);

    @Test
    void aCounsellorRecordsVolunteeringForAStudentOfTheirClassButNotForAnotherClass() {
        try (YibanCore core = Campus.open()) {
            try (Acting acting = core.access().acting(COUNSELLOR_ACTING)) {
                EntryRef ref = core.archives().of(LI_MING).record(entry(Category.VOLUNTEER, COUNSELLOR));
                assertThat(ref.sequence()).isEqualTo(1);

                // ZHAO_LEI is in MATH2201, which T1001 does not counsel
                assertThatThrownBy(() -> core.archives().of(ZHAO_LEI).record(entry(Category.VOLUNTEER, COUNSELLOR)))
                        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                            assertThat(e.code()).isEqualTo("YB-ACCESS-DENIED");
                            assertThat(e.message(MessageBundle.ZH)).isEqualTo(
                                    "人员 T1001无权“记入成长档案（志愿服务）”，对象：学生 2022020101；访问策略中没有允许它的授权");
                            assertThat(e.message(MessageBundle.EN)).isEqualTo(
                                    "person T1001 may not record into a growth archive (volunteer service) for student 2022020101: "
                                            + "no grant of the access policy allows it");
                        });
            }
            assertThat(core.ledger().version(StreamId.of("archive", ZHAO_LEI.value()))).as("nothing written").isZero();
        }
    }

    @Test
    void gradesComeFromTheAcademicAffairsSystemAndSanctionsNotFromACounsellor() {
        try (YibanCore core = Campus.open()) {
            Actor registrar = Actor.system(SourceSystem.ACADEMIC_AFFAIRS);
            core.access().actingAs(registrar, () -> core.archives().of(ZHAO_LEI).record(entry(Category.ACADEMIC, COUNSELLOR)));
            assertThatThrownBy(() -> core.access().actingAs(registrar,
                    () -> core.archives().of(ZHAO_LEI).record(entry(Category.AWARD, COUNSELLOR))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> core.access().actingAs(COUNSELLOR_ACTING,
                    () -> core.archives().of(LI_MING).record(entry(Category.DISCIPLINE, COUNSELLOR))))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("处分");
        }
    }

    @Test
    void aPersonActsOnlyInTheirOwnName() {
        try (YibanCore core = Campus.open()) {
            assertThatThrownBy(() -> core.access().actingAs(COUNSELLOR_ACTING,
                    () -> core.archives().of(LI_MING).record(entry(Category.VOLUNTEER, TEACHER))))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.message(MessageBundle.EN))
                            .isEqualTo("person T1001 may not record into a growth archive in the name of T1002 (student 2022010101)"));
        }
    }

    @Test
    void theScopeEndsWithTheBlockAndTheThreadActsAsTheAppAgain() {
        try (YibanCore core = Campus.open()) {
            assertThat(core.access().actor()).isEqualTo(Actor.app());
            try (Acting outer = core.access().acting(COUNSELLOR_ACTING)) {
                try (Acting inner = core.access().acting(Actor.system(SourceSystem.YIBAN))) {
                    assertThat(core.access().actor()).isEqualTo(Actor.system(SourceSystem.YIBAN));
                }
                assertThat(core.access().actor()).isEqualTo(COUNSELLOR_ACTING);
            }
            assertThat(core.access().actor()).isEqualTo(Actor.app());
        }
    }

    @Test
    void aSpaceIsReadByItsMembersAndStaffNotByAnyone() {
        try (YibanCore core = Campus.open()) {
            var space = core.spaces().openForClass(EDU2201);
            space.post(COUNSELLOR, Post.of("周五班会"));
            List<?> posts = core.access().actingAs(COUNSELLOR_ACTING, () -> space.posts());
            assertThat(posts).hasSize(1);
            assertThatThrownBy(() -> core.access().actingAs(Actor.of(PersonId.of(ZHAO_LEI.value())), space::posts))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("class:EDU2201");
        }
    }

    @Test
    void aCampusPolicyFileWithoutTheAppGrantRefusesCommandsOutsideAnyScope() {
        AccessPolicy strict = AccessPolicy.parse("""
                {"format": "yiban-access-policy/1", "grants": [
                  {"name": "school-office", "roles": ["staff"], "relations": ["school"], "actions": ["directory.*"]}
                ]}""");
        try (YibanCore core = YibanCore.builder().clock(Campus.clock()).accessPolicy(strict).build()) {
            assertThatThrownBy(() -> Campus.fill(core.directory())).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("应用本身无权“维护院系结构”");
            assertThat(core.ledger().streams()).isEmpty();
        }
    }

    @Test
    void aPolicyFileWithAMistakeNamesTheGrantAndTheField() {
        assertThatThrownBy(() -> AccessPolicy.parse("""
                {"format": "yiban-access-policy/1", "grants": [
                  {"name": "a", "app": true, "actions": ["*"]},
                  {"name": "b", "roles": ["counsellor"], "actions": ["archive.record", "archive.recrod"]}
                ]}""")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("grants[1].actions[1]");
                    assertThat(e.getMessage()).contains("archive.recrod");
                });
        assertThatThrownBy(() -> AccessPolicy.parse("""
                {"format": "yiban-access-policy/1", "grants": [{"name": "c", "actions": ["space.read"]}]}"""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("names nobody");
        assertThatThrownBy(() -> AccessPolicy.parse("""
                {"format": "yiban-access-policy/1", "grants": [{"name": "d", "app": true, "actions": ["space.read"],
                  "categories": ["academic"]}]}""")).isInstanceOf(InvalidInputException.class).hasMessageContaining("archive.*");
        assertThatThrownBy(() -> AccessPolicy.parse("{\"format\": \"v0\"}")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("yiban-access-policy/1");
    }

    @Test
    void aRuleThatDeniesWinsOverEveryGrantAndIsNamedInTheRefusal() {
        AccessRule noSanctionsAfterJune = new AccessRule() {
            @Override
            public String name() {
                return "no-sanctions-by-counsellors";
            }

            @Override
            public Verdict judge(AccessRequest request) {
                return request.category().equals(Optional.of(Category.AWARD)) && request.roles().contains(Role.COUNSELLOR)
                        ? Verdict.DENY : Verdict.ABSTAIN;
            }
        };
        AccessPolicy policy = AccessPolicy.seed().withRule(noSanctionsAfterJune).withRule(noSanctionsAfterJune);
        assertThat(policy.rules()).hasSize(1);
        try (YibanCore core = YibanCore.builder().clock(Campus.clock()).accessPolicy(policy).build()) {
            Campus.fill(core.directory());
            assertThatThrownBy(() -> core.access().actingAs(COUNSELLOR_ACTING,
                    () -> core.archives().of(LI_MING).record(entry(Category.AWARD, COUNSELLOR))))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("no-sanctions-by-counsellors");
            assertThat(core.access().decide(COUNSELLOR_ACTING, Action.ARCHIVE_RECORD, Subject.student(LI_MING),
                    Optional.of(Category.VOLUNTEER))).isEqualTo(new AccessPolicy.Decision(true, Optional.of("counsellors-record-for-their-classes")));
        }
    }

    @Test
    void theAuditSaysWhoChangedWhatAboutAStudentAndWhatAPersonWrote() {
        try (YibanCore core = Campus.open()) {
            core.access().actingAs(COUNSELLOR_ACTING, () -> core.archives().of(LI_MING).record(entry(Category.VOLUNTEER, COUNSELLOR)));
            core.access().actingAs(Actor.system(SourceSystem.ACADEMIC_AFFAIRS),
                    () -> core.archives().of(LI_MING).record(entry(Category.ACADEMIC, COUNSELLOR)));
            core.directory().transfer(LI_MING, edu.yiban.core.fixtures.Campus.MATH2201, LocalDate.of(2022, 10, 9));

            List<AuditEntry> about = core.audit().about(LI_MING);
            assertThat(about).extracting(AuditEntry::type).containsExactly("directory.student-enrolled",
                    "directory.parent-linked", "archive.entry-recorded", "archive.entry-recorded", "directory.student-transferred");
            assertThat(about).extracting(e -> e.actor().orElseThrow().toString())
                    .containsExactly("app", "app", "T1001", "@academic-affairs", "app");
            assertThat(about.get(2).content()).startsWith("{\"entry\":{\"attributes\"").doesNotContain("@by");

            assertThat(core.audit().by(COUNSELLOR)).extracting(AuditEntry::stream).containsExactly(StreamId.of("archive", LI_MING.value()));
            assertThat(core.audit().by(Actor.system(SourceSystem.ACADEMIC_AFFAIRS))).hasSize(1);
        }
    }

    @Test
    void personalDetailsAreReadByThePersonTheirCounsellorAndTheOfficesNotByAClassmate() {
        try (YibanCore core = Campus.open()) {
            PersonId li = PersonId.of(LI_MING.value());
            core.personalData().record(li, edu.yiban.core.privacy.PersonalDetails.builder().mobile("13812345678").build());
            Actor classmate = Actor.of(PersonId.of(edu.yiban.core.fixtures.Campus.WANG_FANG.value()));

            assertThat(core.access().actingAs(Actor.of(li), () -> core.personalData().details(li))).isPresent();
            assertThat(core.access().actingAs(COUNSELLOR_ACTING, () -> core.personalData().details(li))).isPresent();
            assertThat(core.access().actingAs(Actor.of(edu.yiban.core.fixtures.Campus.SCHOOL_STAFF),
                    () -> core.personalData().exportFor(LI_MING))).isNotNull();
            assertThatThrownBy(() -> core.access().actingAs(classmate, () -> core.personalData().details(li)))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.message(MessageBundle.EN)).isEqualTo(
                            "person 2022010102 may not read personal information for student 2022010101: "
                                    + "no grant of the access policy allows it"));
            assertThatThrownBy(() -> core.access().actingAs(classmate, () -> core.personalData().exportFor(LI_MING)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static ArchiveEntry entry(Category category, PersonId by) {
        return ArchiveEntry.builder().date(LocalDate.of(2022, 10, 1)).term(T2022_1).category(category)
                .points(Dimension.MORAL, Points.of("1")).title("条目").source(SourceSystem.MANUAL).recordedBy(by)
                .visibility(Visibility.PUBLIC).build();
    }
}
