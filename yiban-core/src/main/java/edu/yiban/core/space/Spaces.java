package edu.yiban.core.space;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The online spaces (网络空间) of the campus: above all each class's network space (班级网络空间), the
 * online twin of an offline class, and the spaces other modules open for their own groups (a teacher's
 * competition group, the role-model workshop). Each space is one ledger stream ({@link SpaceId#stream()});
 * its members, content and activity figures are a projection of that stream, rebuilt from the store when
 * the library starts.
 *
 * <p>Every change is checked first; a refused change writes nothing and says why, in Chinese and
 * English ({@link edu.yiban.core.error.InvalidInputException}, {@link edu.yiban.core.error.NotFoundException},
 * {@link edu.yiban.core.error.ConflictException}). Times come from the ledger's clock.
 *
 * <pre>{@code
 * Space space = spaces.openForClass(ClassId.of("EDU2201"));    // the counsellor becomes its admin
 * space.join(PersonId.of("2022010101"));
 * space.publishNotice(counsellor, new Notice("班会通知", "周三晚七点开班会。"));
 * ContentId topic = space.openTopic(monitor, new Topic("期末复习", "大家分享复习资料"));
 * ContentId post = space.post(PersonId.of("2022010101"), Post.under(topic, "高数错题整理好了"));
 * space.reply(monitor, new Reply(post, "谢谢！"));
 * SpaceMetrics week = spaces.ofClass(ClassId.of("EDU2201"))
 *         .metrics(LocalDate.of(2022, 10, 10), LocalDate.of(2022, 10, 16));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Spaces {

    /**
     * Opens a space of any kind but {@link SpaceId#CLASS} (class spaces open from their class, with
     * {@link #openForClass}); {@code owner} becomes its first member and admin.
     *
     * @throws edu.yiban.core.error.ConflictException if the space is already open
     * @throws edu.yiban.core.error.NotFoundException if the directory does not know {@code owner}
     */
    Space open(SpaceId id, String title, PersonId owner);

    /**
     * Opens the network space of a class of the campus directory, titled with the class's name; the
     * class's counsellor, if it has one, becomes its first member and admin. A class has exactly one space.
     *
     * @throws edu.yiban.core.error.NotFoundException if the directory has no such class
     * @throws edu.yiban.core.error.ConflictException if the class's space is already open
     */
    Space openForClass(ClassId classId);

    /**
     * The open space {@code id}.
     *
     * @throws edu.yiban.core.error.NotFoundException if no such space is open
     */
    Space of(SpaceId id);

    /**
     * The network space of {@code classId}.
     *
     * @throws edu.yiban.core.error.NotFoundException if the class's space is not open
     */
    Space ofClass(ClassId classId);

    /** The open space {@code id}, if there is one. */
    Optional<Space> find(SpaceId id);

    /** Every open space, by name. */
    List<SpaceProfile> spaces();

    /** The open spaces of {@code kind}, e.g. {@link SpaceId#CLASS}, by name. */
    List<SpaceProfile> spaces(String kind);
}
