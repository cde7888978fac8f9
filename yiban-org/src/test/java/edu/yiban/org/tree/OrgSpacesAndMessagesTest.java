package edu.yiban.org.tree;

import static edu.yiban.org.SeedCampus.COMPETITION;
import static edu.yiban.org.SeedCampus.DAY;
import static edu.yiban.org.SeedCampus.WORKSHOP;
import static edu.yiban.org.SeedCampus.student;
import static edu.yiban.org.SeedCampus.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.space.Notice;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.SpaceId;
import edu.yiban.org.SeedCampus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every node has its own online space; the role model workshop also sends in-site messages (站内信). */
class OrgSpacesAndMessagesTest {
    private final SeedCampus seed = SeedCampus.build();
    private final CollegeId math = CollegeId.of("MATH");

    @Test
    void everyNodeHasItsOwnSpaceWhoseFirstAdminIsItsFounder() {
        Space space = seed.tree.space(COMPETITION);

        assertThat(space.id()).isEqualTo(new SpaceId("org", "math-modelling"));
        assertThat(space.profile().title()).isEqualTo("数学建模竞赛小组");
        assertThat(space.member(teacher(math))).hasValueSatisfying(m -> assertThat(m.admin()).isTrue());
        assertThat(seed.core.spaces().spaces("org")).hasSize(seed.tree.at(DAY).units().size());
    }

    @Test
    void aTeachersCompetitionGroupTalksWithStudentsAsAClassDoes() {
        Space space = seed.tree.space(COMPETITION);
        space.join(student(math, 3));
        space.publishNotice(teacher(math), new Notice("国赛选拔", "本周六上午进行校内选拔。"));

        space.post(student(math, 3), Post.of("老师，选拔赛可以组队报名吗？"));

        assertThat(space.notices()).hasSize(1);
        assertThat(space.posts()).hasSize(1);
    }

    @Test
    void theWorkshopSendsInSiteMessagesToStudents() {
        PersonId teacher = teacher(CollegeId.of("EDU"));
        List<PersonId> students = List.of(student(math, 4), student(math, 5));

        seed.tree.send(new InSiteMessage(WORKSHOP, teacher, students, "榜样分享会", "欢迎周四晚来听学长分享考研经验。"));

        assertThat(seed.tree.inbox(student(math, 4))).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("榜样分享会");
            assertThat(m.sender()).isEqualTo(teacher);
        });
        assertThat(seed.tree.inbox(student(math, 6))).isEmpty();
    }

    @Test
    void onlySomeoneHoldingAPositionInTheNodeSendsItsMessages() {
        long version = seed.tree.version();

        assertThatThrownBy(() -> seed.tree.send(new InSiteMessage(WORKSHOP, student(math, 6), List.of(student(math, 4)), "冒充", "不应发出")))
                .isInstanceOfSatisfying(ConflictException.class, e ->
                        assertThat(e.message(MessageBundle.ZH)).isEqualTo("人员 2022020006 未在组织 workshop 任职，不能以其名义发送站内信"));
        assertThat(seed.tree.version()).isEqualTo(version);
    }

    @Test
    void aSubStationLinksToTheClassSpacesItWorksWith() {
        seed.tree.linkClass(SeedCampus.subStation(math), ClassId.of("MATH2201"), DAY.plusDays(3));

        assertThat(seed.tree.at(DAY.plusDays(3)).classes(SeedCampus.subStation(math))).containsExactly(ClassId.of("MATH2201"));
        assertThat(seed.tree.at(DAY.plusDays(2)).classes(SeedCampus.subStation(math))).isEmpty();
    }
}
