package edu.yiban.examples.app;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Student;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.Notice;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Reply;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.space.Topic;
import jakarta.inject.Inject;

/**
 * Runs the class network spaces (班级网络空间), each class's online twin: opens them, lets the students join,
 * and has the counsellor and students publish, as the app's class pages would.
 *
 * <pre>{@code
 * ClassSpaceService spaces = injector.getInstance(ClassSpaceService.class);
 * spaces.openAll();
 * spaces.holdRevisionTalk(CampusRegistry.CLASS_1);
 * }</pre>
 */
public final class ClassSpaceService {
    private final Spaces spaces;
    private final CampusDirectory campus;

    /** A service over the runtime's spaces and directory. */
    @Inject
    public ClassSpaceService(Spaces spaces, CampusDirectory campus) {
        this.spaces = spaces;
        this.campus = campus;
    }

    /** Opens the space of every class (its counsellor becomes its admin) and lets its students join. */
    public void openAll() {
        campus.classes().forEach(adminClass -> {
            Space space = spaces.openForClass(adminClass.id());
            for (Student student : campus.studentsOf(adminClass.id())) {
                space.join(student.person());
                space.verifyRealName(student.person());
            }
        });
    }

    /**
     * The counsellor publishes a notice and opens a topic; the first two students of the class post
     * under it and the counsellor replies to the first post.
     */
    public void holdRevisionTalk(ClassId classId) {
        Space space = spaces.ofClass(classId);
        PersonId counsellor = campus.counsellorOf(classId).orElseThrow();
        PersonId first = campus.studentsOf(classId).get(0).person();
        PersonId second = campus.studentsOf(classId).get(1).person();

        space.publishNotice(counsellor, new Notice("期末班会", "1 月 6 日晚七点，线上线下同步召开期末班会。"));
        ContentId topic = space.openTopic(counsellor, new Topic("期末复习", "大家分享复习资料和方法。"));
        ContentId post = space.post(first, Post.under(topic, "高数错题整理好了，放在网盘里。"));
        space.post(second, Post.under(topic, "英语四级真题可以一起刷。"));
        space.reply(counsellor, new Reply(post, "很好，大家互相帮助！"));
    }

    /** What a class's space holds: members, notices, posts and replies. */
    public SpaceSummary summary(ClassId classId) {
        Space space = spaces.ofClass(classId);
        int replies = space.posts().stream().mapToInt(p -> space.replies(p.id()).size()).sum();
        return new SpaceSummary(space.id().toString(), space.members().size(), space.notices().size(),
                space.posts().size(), replies);
    }

    /**
     * The figures of one class space.
     *
     * @param space   the space's name, e.g. {@code class:EDU2201}
     * @param members its current members
     * @param notices its notices
     * @param posts   its posts
     * @param replies the replies to its posts
     */
    public record SpaceSummary(String space, int members, int notices, int posts, int replies) {
    }
}
