package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.EDU2202;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static edu.yiban.core.space.Campus.S3;
import static edu.yiban.core.space.Campus.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpaceContentTest {
    private final Campus campus = new Campus("2022-09-05T10:00");
    private final Space space = campus.classSpaceWithStudents();

    @Test
    void anAdminPublishesANoticeNamedByItsRecord() {
        campus.clock.set("2022-09-06T08:00");
        long before = space.version();

        ContentId notice = space.publishNotice(COUNSELLOR, new Notice("班会通知", "周三晚七点，11 号楼 201 开班会。"));

        assertThat(notice).isEqualTo(new ContentId(space.id(), before + 1));
        assertThat(notice.toString()).isEqualTo("class:EDU2201#" + (before + 1));
        assertThat(space.notices()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(notice);
            assertThat(p.author()).isEqualTo(COUNSELLOR);
            assertThat(p.publishedAt()).isEqualTo(campus.clock.at("2022-09-06T08:00"));
            assertThat(p.kind()).isEqualTo(ContentKind.NOTICE);
            assertThat(p.content().title()).isEqualTo("班会通知");
        });
    }

    @Test
    void aStudentWhoIsNotAdminCannotPublishANotice() {
        campus.assertRefused(space, () -> space.publishNotice(S1, new Notice("通知", "明天不上课")), ConflictException.class,
                "只有空间 class:EDU2201 的管理员才能发布公告；2022010101 不是管理员",
                "only an admin of space class:EDU2201 may publish notices; 2022010101 is not one");
        assertThat(space.notices()).isEmpty();
    }

    @Test
    void aStudentMadeAdminMayPublishANotice() {
        space.grantAdmin(COUNSELLOR, S1);

        space.publishNotice(S1, new Notice("班委选举", "周五班委选举，欢迎自荐。"));

        assertThat(space.notices()).extracting(Published::author).containsExactly(S1);
    }

    @Test
    void somebodyWhoIsNotAMemberCannotPost() {
        campus.assertRefused(space, () -> space.post(TEACHER, Post.of("大家好")), ConflictException.class,
                "T002 不是空间 class:EDU2201 的成员", "T002 is not a member of space class:EDU2201");
    }

    @Test
    void aMemberWhoLeftCannotPost() {
        space.leave(S3);

        campus.assertRefused(space, () -> space.post(S3, Post.of("还在吗")), ConflictException.class,
                "2022010103 不是空间 class:EDU2201 的成员", "2022010103 is not a member of space class:EDU2201");
    }

    @Test
    void postsGatherUnderTheirTopicAndRepliesUnderTheirPost() {
        ContentId topic = space.openTopic(S1, new Topic("期末复习", "分享复习资料和经验"));
        ContentId underTopic = space.post(S2, Post.under(topic, "高数错题整理好了"));
        ContentId alone = space.post(S3, Post.of("周末有人去图书馆吗？"));
        ContentId reply = space.reply(S1, new Reply(underTopic, "谢谢！"));
        space.reply(COUNSELLOR, new Reply(underTopic, "很好，继续保持。"));

        assertThat(space.topics()).extracting(Published::id).containsExactly(topic);
        assertThat(space.posts()).extracting(Published::id).containsExactly(underTopic, alone);
        assertThat(space.posts(topic)).extracting(Published::id).containsExactly(underTopic);
        assertThat(space.replies(underTopic)).extracting(Published::id).first().isEqualTo(reply);
        assertThat(space.replies(underTopic)).extracting(p -> p.content().body()).containsExactly("谢谢！", "很好，继续保持。");
        assertThat(space.replies(alone)).isEmpty();
    }

    @Test
    void aReplyMustAnswerAPostOfTheSameSpace() {
        ContentId topic = space.openTopic(S1, new Topic("期末复习", "分享复习资料和经验"));

        campus.assertRefused(space, () -> space.reply(S2, new Reply(topic, "我也想要")), NotFoundException.class,
                "空间 class:EDU2201 中没有帖子 " + topic, "there is no post " + topic + " in space class:EDU2201");
        ContentId elsewhere = new ContentId(SpaceId.ofClass(EDU2202), 3);
        campus.assertRefused(space, () -> space.reply(S2, new Reply(elsewhere, "?")), NotFoundException.class,
                "空间 class:EDU2201 中没有帖子 class:EDU2202#3", "there is no post class:EDU2202#3 in space class:EDU2201");
    }

    @Test
    void aPostUnderATopicNeedsATopicOfTheSpace() {
        ContentId post = space.post(S1, Post.of("hello"));

        campus.assertRefused(space, () -> space.post(S2, Post.under(post, "re")), NotFoundException.class,
                "空间 class:EDU2201 中没有话题 " + post, "there is no topic " + post + " in space class:EDU2201");
    }

    @Test
    void aBlankPostIsRefusedNamingTheField() {
        campus.assertRefused(space, () -> space.post(S1, Post.of(" ")), InvalidInputException.class,
                "正文不能为空白", "text must not be blank");
    }

    @Test
    void aMemberSharesAFileMetadataOnTheNetworkDisk() {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        ContentId id = space.shareResource(COUNSELLOR, SharedResource.of("高等数学期中复习.pdf", 1_482_113, "application/pdf").withSha256(sha));

        assertThat(space.resources()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.content().size()).isEqualTo(1_482_113);
            assertThat(p.content().sha256()).contains(sha);
        });
    }

    @Test
    void aResourceWithAMalformedDigestOrAPathForNameIsRefused() {
        long before = space.version();
        SharedResource bad = new SharedResource("../etc/passwd", -1, "pdf", java.util.Optional.of("XYZ"));

        assertThatThrownBy(() -> space.shareResource(S1, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("fileName", "mediaType", "sha256", "size"));
        assertThat(space.version()).isEqualTo(before);
        assertThat(space.resources()).isEmpty();
    }

    @Test
    void listsHandedOutCannotBeChanged() {
        space.post(S1, Post.of("hello"));

        List<Published<Post>> posts = space.posts();

        assertThatThrownBy(() -> posts.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> space.members().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
