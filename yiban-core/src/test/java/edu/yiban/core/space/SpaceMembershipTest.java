package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.EDU2201;
import static edu.yiban.core.space.Campus.EDU2202;
import static edu.yiban.core.space.Campus.OTHER_COUNSELLOR;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static edu.yiban.core.space.Campus.STRANGER;
import static edu.yiban.core.space.Campus.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.directory.Role;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpaceMembershipTest {
    private final Campus campus = new Campus("2022-09-05T10:00");
    private final Space space = campus.spaces.openForClass(EDU2201);

    @Test
    void aPersonTheDirectoryKnowsJoinsAsARegisteredUnverifiedMember() {
        campus.clock.set("2022-09-06T20:15");
        Member joined = space.join(S1);

        assertThat(joined.person()).isEqualTo(S1);
        assertThat(joined.admin()).isFalse();
        assertThat(joined.verified()).isFalse();
        assertThat(joined.joinedAt()).isEqualTo(campus.clock.at("2022-09-06T20:15"));
        assertThat(joined.roles()).containsExactly(Role.STUDENT);
        assertThat(space.members()).extracting(Member::person).containsExactly(S1, COUNSELLOR);
    }

    @Test
    void aPersonTheDirectoryDoesNotKnowCannotJoin() {
        campus.assertRefused(space, () -> space.join(STRANGER), NotFoundException.class,
                "不存在人员 X999", "there is no person X999");
    }

    @Test
    void joiningTwiceIsRefused() {
        space.join(S1);

        campus.assertRefused(space, () -> space.join(S1), ConflictException.class,
                "2022010101 已是空间 class:EDU2201 的成员", "2022010101 is already a member of space class:EDU2201");
    }

    @Test
    void aMemberWhoLeftIsNoLongerListedAndMayJoinAgain() {
        space.join(S1);
        space.leave(S1);

        assertThat(space.member(S1)).isEmpty();
        assertThat(space.members()).extracting(Member::person).containsExactly(COUNSELLOR);

        campus.clock.advance(Duration.ofDays(3));
        assertThat(space.join(S1).joinedAt()).isEqualTo(campus.clock.instant());
    }

    @Test
    void onlyAMemberCanLeave() {
        campus.assertRefused(space, () -> space.leave(S2), ConflictException.class,
                "2022010102 不是空间 class:EDU2201 的成员", "2022010102 is not a member of space class:EDU2201");
    }

    @Test
    void realNameVerificationIsItsOwnRecordAndSurvivesLeavingAndJoiningAgain() {
        space.join(S1);
        long before = space.version();
        campus.clock.set("2022-09-07T09:00");

        Member verified = space.verifyRealName(S1);

        assertThat(space.version()).isEqualTo(before + 1);
        assertThat(verified.verified()).isTrue();
        assertThat(verified.verifiedAt()).contains(campus.clock.at("2022-09-07T09:00"));
        space.leave(S1);
        assertThat(space.join(S1).verified()).isTrue();
    }

    @Test
    void verifyingTwiceIsRefused() {
        space.join(S1);
        space.verifyRealName(S1);

        campus.assertRefused(space, () -> space.verifyRealName(S1), ConflictException.class,
                "空间 class:EDU2201 的成员 2022010101 已完成实名认证",
                "member 2022010101 of space class:EDU2201 is already real-name verified");
    }

    @Test
    void onlyMembersAreVerified() {
        campus.assertRefused(space, () -> space.verifyRealName(S1), ConflictException.class,
                "2022010101 不是空间 class:EDU2201 的成员", "2022010101 is not a member of space class:EDU2201");
    }

    @Test
    void anAdminMakesAMemberAdmin() {
        space.join(S1);

        Member monitor = space.grantAdmin(COUNSELLOR, S1);

        assertThat(monitor.admin()).isTrue();
        assertThat(space.member(S1)).get().extracting(Member::admin).isEqualTo(true);
    }

    @Test
    void aMemberWhoIsNotAdminCannotGrantAdmin() {
        space.join(S1);
        space.join(S2);

        campus.assertRefused(space, () -> space.grantAdmin(S1, S2), ConflictException.class,
                "只有空间 class:EDU2201 的管理员才能任命管理员；2022010101 不是管理员",
                "only an admin of space class:EDU2201 may make members admins; 2022010101 is not one");
    }

    @Test
    void grantingAdminTwiceIsRefused() {
        campus.assertRefused(space, () -> space.grantAdmin(COUNSELLOR, COUNSELLOR), ConflictException.class,
                "成员 T001 已是空间 class:EDU2201 的管理员", "member T001 is already an admin of space class:EDU2201");
    }

    @Test
    void theLastAdminCannotLeaveOtherMembersBehind() {
        space.join(S1);

        campus.assertRefused(space, () -> space.leave(COUNSELLOR), ConflictException.class,
                "T001 是空间 class:EDU2201 唯一的管理员：请先任命其他成员为管理员再退出",
                "T001 is the last admin of space class:EDU2201: make another member an admin before leaving");

        space.grantAdmin(COUNSELLOR, S1);
        space.leave(COUNSELLOR);
        assertThat(space.members()).extracting(Member::person).containsExactly(S1);
    }

    @Test
    void anAdminWhoLeavesAndJoinsAgainIsAnOrdinaryMember() {
        space.join(TEACHER);
        space.grantAdmin(COUNSELLOR, TEACHER);
        space.leave(TEACHER);

        assertThat(space.join(TEACHER).admin()).isFalse();
    }

    @Test
    void theCounsellorOfTheClassJoinsItsSpaceAsAdmin() {
        Space second = campus.spaces.openForClass(EDU2202);
        campus.directory.assignCounsellor(EDU2202, OTHER_COUNSELLOR, LocalDate.of(2022, 9, 10));

        assertThat(second.join(OTHER_COUNSELLOR).admin()).isTrue();
        assertThat(second.join(TEACHER).admin()).isFalse();
    }

    @Test
    void theCounsellorOfAnotherClassJoinsAsAnOrdinaryMember() {
        assertThat(space.join(OTHER_COUNSELLOR).admin()).isFalse();
    }
}
