package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static edu.yiban.core.space.Campus.S3;
import static edu.yiban.core.space.Campus.S4;
import static edu.yiban.core.space.Campus.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpacePollTest {
    private final Campus campus = new Campus("2022-10-10T09:00");
    private final Space space = campus.classSpaceWithStudents();
    private final Poll outing = new Poll("春游去哪里？", List.of("东寨港", "火山口公园", "假日海滩"), 2,
            campus.clock.at("2022-10-12T18:00"));
    private final ContentId poll = space.openPoll(S1, outing);

    @Test
    void votesAreTalliedPerOption() {
        space.vote(S1, poll, Set.of(0, 2));
        space.vote(S2, poll, Set.of(2));
        space.vote(COUNSELLOR, poll, Set.of(1));

        PollTally tally = space.poll(poll);

        assertThat(tally.counts()).containsExactly(1, 1, 2);
        assertThat(tally.count(2)).isEqualTo(2);
        assertThat(tally.voters()).isEqualTo(3);
        assertThat(tally.closed()).isFalse();
        assertThat(tally.poll().content()).isEqualTo(outing);
        assertThat(space.polls()).containsExactly(tally);
    }

    @Test
    void aMemberVotesOnce() {
        space.vote(S1, poll, Set.of(0));

        campus.assertRefused(space, () -> space.vote(S1, poll, Set.of(1)), ConflictException.class,
                "2022010101 已在投票 " + poll + " 中投过票", "2022010101 has already voted in poll " + poll);
        assertThat(space.poll(poll).counts()).containsExactly(1, 0, 0);
    }

    @Test
    void noVoteIsTakenFromTheClosingTimeOn() {
        campus.clock.set("2022-10-12T17:59:59.999");
        space.vote(S1, poll, Set.of(0));
        campus.clock.set("2022-10-12T18:00");

        campus.assertRefused(space, () -> space.vote(S2, poll, Set.of(1)), ConflictException.class,
                "投票 " + poll + " 已于 2022-10-12 18:00:00 截止，不再接受投票",
                "poll " + poll + " closed at 2022-10-12 18:00:00; votes are no longer taken");
        assertThat(space.poll(poll).closed()).isTrue();
        assertThat(space.poll(poll).voters()).isEqualTo(1);
    }

    @Test
    void choicesMustBeWithinTheOptionsAndTheMaximum() {
        campus.assertRefused(space, () -> space.vote(S1, poll, Set.of(3)), InvalidInputException.class,
                "不存在选项 3：选项编号为 0 到 2", "there is no option 3: the options are numbered 0 to 2");
        campus.assertRefused(space, () -> space.vote(S1, poll, Set.of(0, 1, 2)), InvalidInputException.class,
                "选择了 3 项；应选择 1 到 2 项", "3 options were chosen; choose between 1 and 2");
        campus.assertRefused(space, () -> space.vote(S1, poll, Set.of()), InvalidInputException.class,
                "选择了 0 项；应选择 1 到 2 项", "0 options were chosen; choose between 1 and 2");
    }

    @Test
    void onlyMembersVote() {
        campus.assertRefused(space, () -> space.vote(TEACHER, poll, Set.of(0)), ConflictException.class,
                "T002 不是空间 class:EDU2201 的成员", "T002 is not a member of space class:EDU2201");
    }

    @Test
    void aVoteNeedsAPollOfTheSpace() {
        ContentId post = space.post(S4, Post.of("我投海滩"));

        campus.assertRefused(space, () -> space.vote(S3, post, Set.of(0)), NotFoundException.class,
                "空间 class:EDU2201 中没有投票 " + post, "there is no poll " + post + " in space class:EDU2201");
    }

    @Test
    void aPollMustCloseInTheFutureAndAllowNoMoreChoicesThanOptions() {
        Poll past = new Poll("昨天的问题", List.of("是", "否"), 1, campus.clock.at("2022-10-10T08:00"));
        campus.assertRefused(space, () -> space.openPoll(S1, past), InvalidInputException.class,
                "投票截止时间 2022-10-10 08:00:00 应晚于当前时间（2022-10-10 09:00:00）",
                "the poll must close after now (2022-10-10 09:00:00), not at 2022-10-10 08:00:00");
        Poll greedy = new Poll("选课", List.of("甲", "乙"), 3, campus.clock.at("2022-10-20T08:00"));
        campus.assertRefused(space, () -> space.openPoll(S1, greedy), InvalidInputException.class,
                "投票允许选择 3 项，但只有 2 个选项", "the poll allows 3 choices but has only 2 options");
        Poll lonely = new Poll("只有一个选项", List.of("甲"), 1, campus.clock.at("2022-10-20T08:00"));
        campus.assertRefused(space, () -> space.openPoll(S1, lonely), InvalidInputException.class,
                "选项的长度或数量应在 2 到 20 之间", "options must have between 2 and 20 characters or items");
    }
}
