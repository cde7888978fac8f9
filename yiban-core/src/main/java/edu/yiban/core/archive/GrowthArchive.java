package edu.yiban.core.archive;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Viewer;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One student's growth archive (学生成长档案): the chain of every event of their study from enrolment
 * to graduation (数据链存储), kept on its own ledger stream. Nothing is edited or deleted: a correction
 * is a new entry naming the one it replaces, a revocation a record naming the one it withdraws.
 *
 * <p>Every read takes a {@link Viewer} and returns only what the entries' visibility and the viewer's
 * relation to the student allow.
 *
 * <pre>{@code
 * GrowthArchive archive = core.archives().of(StudentNo.of("2022030117"));
 * EntryRef ref = archive.record(entry);
 * archive.correct(ref, entry.toBuilder().points(Points.of("4")).build(), "获奖等级录入有误");
 * List<ArchiveRecord> seen = archive.timeline(Viewer.of(parentId));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface GrowthArchive {

    /** Whose archive this is. */
    StudentNo student();

    /**
     * Records one entry.
     *
     * @throws edu.yiban.core.error.InvalidInputException if the entry is incomplete or malformed, its term is not
     *         declared or lies outside the student's study, or its recorder is unknown; nothing is written
     */
    EntryRef record(ArchiveEntry entry);

    /** Records several entries atomically: all of them, or none when any is refused (the error names its row). */
    List<EntryRef> recordAll(List<ArchiveEntry> entries);

    /**
     * Records {@code replacement} in place of the effective entry {@code target}.
     *
     * @throws edu.yiban.core.error.ConflictException if {@code target} was already corrected or revoked
     */
    EntryRef correct(EntryRef target, ArchiveEntry replacement, String reason);

    /** Withdraws the effective entry {@code target} without a replacement. */
    EntryRef revoke(EntryRef target, String reason, PersonId by);

    /** The effective entries {@code viewer} may see, by date then recording order. */
    List<ArchiveRecord> timeline(Viewer viewer);

    /** The effective entries of {@code term} {@code viewer} may see, by date then recording order. */
    List<ArchiveRecord> timeline(Viewer viewer, TermId term);

    /** The effective entries of {@code term} and {@code category} {@code viewer} may see. */
    List<ArchiveRecord> entries(Viewer viewer, TermId term, Category category);

    /** Every entry {@code viewer} may see, corrected and revoked ones included, in recording order. */
    List<ArchiveRecord> history(Viewer viewer);

    /** The revocations of entries {@code viewer} may see, in recording order. */
    List<Revocation> revocations(Viewer viewer);

    /** The points of the effective entries {@code viewer} may see, per dimension. */
    DimensionTotals totals(Viewer viewer);

    /** The points of the effective entries of {@code term} {@code viewer} may see, per dimension. */
    DimensionTotals totals(Viewer viewer, TermId term);

    /** The archive's version: the sequence of its last record. */
    long version();
}
