package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.EDU2201;
import static edu.yiban.core.space.Campus.EDU2202;
import static edu.yiban.core.space.Campus.STRANGER;
import static edu.yiban.core.space.Campus.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.directory.Role;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.ClassId;
import org.junit.jupiter.api.Test;

class ClassSpaceOpeningTest {
    private final Campus campus = new Campus("2022-09-05T10:00");

    @Test
    void aClassSpaceTakesTheClassNameAndItsCounsellorAsAdmin() {
        Space space = campus.spaces.openForClass(EDU2201);

        assertThat(space.id()).isEqualTo(new SpaceId("class", "EDU2201"));
        assertThat(space.profile().title()).isEqualTo("2022级小学教育1班");
        assertThat(space.profile().openedAt()).isEqualTo(campus.clock.at("2022-09-05T10:00"));
        assertThat(space.profile().classId()).contains(EDU2201);
        assertThat(space.members()).singleElement().satisfies(m -> {
            assertThat(m.person()).isEqualTo(COUNSELLOR);
            assertThat(m.admin()).isTrue();
            assertThat(m.verified()).isFalse();
            assertThat(m.roles()).containsExactly(Role.TEACHER, Role.COUNSELLOR);
        });
        assertThat(campus.spaces.ofClass(EDU2201).id()).isEqualTo(space.id());
        assertThat(campus.ledger.version(space.id().stream())).isEqualTo(2);
    }

    @Test
    void aClassWithoutCounsellorOpensWithoutMembers() {
        Space space = campus.spaces.openForClass(EDU2202);

        assertThat(space.members()).isEmpty();
        assertThat(space.profile().title()).isEqualTo("2022级小学教育2班");
    }

    @Test
    void aSecondSpaceForAClassIsRefused() {
        Space space = campus.spaces.openForClass(EDU2201);

        campus.assertRefused(space, () -> campus.spaces.openForClass(EDU2201), ConflictException.class,
                "空间 class:EDU2201 已开通", "space class:EDU2201 is already open");
        assertThat(campus.spaces.spaces()).hasSize(1);
    }

    @Test
    void aClassSpaceCannotBeOpenedAsAGenericSpace() {
        assertThatThrownBy(() -> campus.spaces.open(SpaceId.ofClass(EDU2202), "二班", TEACHER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("space");
                    assertThat(e.violations().get(0).en()).contains("open it from its class");
                });
        assertThat(campus.ledger.version(SpaceId.ofClass(EDU2202).stream())).isZero();
    }

    @Test
    void aClassTheDirectoryDoesNotKnowHasNoSpace() {
        assertThatThrownBy(() -> campus.spaces.openForClass(ClassId.of("MATH2201")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.message(MessageBundle.ZH)).isEqualTo("不存在班级 MATH2201");
                    assertThat(e.message(MessageBundle.EN)).isEqualTo("there is no class MATH2201");
                });
        assertThat(campus.spaces.spaces()).isEmpty();
        assertThat(campus.ledger.version(SpaceId.ofClass(ClassId.of("MATH2201")).stream())).isZero();
    }

    @Test
    void aSpaceThatIsNotOpenIsNotFound() {
        assertThatThrownBy(() -> campus.spaces.ofClass(EDU2201))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.message(MessageBundle.ZH)).isEqualTo("空间 class:EDU2201 不存在或尚未开通");
                    assertThat(e.message(MessageBundle.EN)).isEqualTo("there is no open space class:EDU2201");
                });
        assertThat(campus.spaces.find(SpaceId.ofClass(EDU2201))).isEmpty();
    }

    @Test
    void aGenericSpaceMakesItsOwnerAdmin() {
        SpaceId group = new SpaceId("group", "MATH-COMP");
        Space space = campus.spaces.open(group, "数学建模竞赛小组", TEACHER);

        assertThat(space.profile().classId()).isEmpty();
        assertThat(space.members()).extracting(Member::person, Member::admin).containsExactly(tuple(TEACHER, true));
        assertThat(campus.spaces.spaces("group")).extracting(SpaceProfile::id).containsExactly(group);
        assertThat(campus.spaces.spaces("class")).isEmpty();
    }

    @Test
    void aGenericSpaceNeedsAnOwnerTheDirectoryKnowsAndATitle() {
        SpaceId group = new SpaceId("group", "MATH-COMP");

        assertThatThrownBy(() -> campus.spaces.open(group, "数学建模竞赛小组", STRANGER))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.message(MessageBundle.EN)).isEqualTo("there is no person X999"));
        assertThatThrownBy(() -> campus.spaces.open(group, " ", TEACHER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("title");
                    assertThat(e.violations().get(0).zh()).isEqualTo("标题不能为空白");
                    assertThat(e.violations().get(0).en()).isEqualTo("title must not be blank");
                });
        assertThat(campus.ledger.version(group.stream())).isZero();
        assertThat(campus.spaces.find(group)).isEmpty();
    }

    @Test
    void aReopenedStoreHasTheSameSpaces() {
        campus.spaces.openForClass(EDU2201);
        campus.spaces.open(new SpaceId("group", "MATH-COMP"), "数学建模竞赛小组", TEACHER);

        Spaces again = campus.reopened();

        assertThat(again.spaces()).isEqualTo(campus.spaces.spaces());
        assertThat(again.ofClass(EDU2201).members()).isEqualTo(campus.spaces.ofClass(EDU2201).members());
    }
}
