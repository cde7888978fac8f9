package edu.yiban.org.recruitment;

import edu.yiban.org.tree.OrgId;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Recruitment (工作站招新) and rotation (换届轮换) of a student work station (学生工作站) from the colleges'
 * recommendations (各学院择优推荐), following a {@link RecruitmentPreset} and kept within the charter.
 *
 * <p>A selection is planned whole on the organisation as it stands on its day, checked against the
 * charter appointment by appointment (each with those before it), and written as one ledger batch: all
 * of it or nothing. If the charter refuses any appointment, the selection is refused with a
 * {@link edu.yiban.org.tree.CharterException} naming every refusal, and nothing is written. Planning
 * and writing happen under the organisation's write lock, so no other change of the tree comes between;
 * another process writing the same store first makes the selection plan again on the new state.
 *
 * <p>How seats go (the rules in order):
 * <ol>
 * <li>The bounds come from the charter: the slots of the preset's position (member) in the station's kind
 *     whose qualification asks {@code recommended}, added up (the seed: {@code station.students}, 20–30).
 *     The target is the preset's {@code targetSize} (absent: the charter's most), held within those bounds.</li>
 * <li>A recommendation is a candidate when its student is studying on the day, does not hold the post (nor
 *     has it from a later day), and has not served {@code maxTermsServed} terms.</li>
 * <li>Seats go in rounds. In round <i>r</i>, each college whose count on the station (sitting members,
 *     counted by their recommending college, plus those chosen so far) is below <i>r</i> and below its cap
 *     takes its best candidate: lowest rank, then earliest recommendation, then smallest person id. Rounds
 *     up to {@code minPerCollege} are sure seats and go on until the charter's most; later rounds stop at
 *     the target.</li>
 * <li>When a round has fewer seats than colleges, its picks go in order of rank, then recommendation date,
 *     then college code, then person id.</li>
 * </ol>
 *
 * <pre>{@code
 * StationRecruitment recruitment = organisation.recruitment();
 * Selection preview = recruitment.preview(station, LocalDate.of(2022, 9, 1));   // nothing written
 * Selection done = recruitment.select(station, LocalDate.of(2022, 9, 1));       // all appointed, or none
 * Selection next = recruitment.rotate(station, LocalDate.of(2023, 7, 10));      // at the term end
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface StationRecruitment {

    /** The preset followed. */
    RecruitmentPreset preset();

    /**
     * Plans and checks a selection on {@code day} without writing anything.
     *
     * @throws edu.yiban.org.tree.CharterException if the charter would refuse any of its appointments
     */
    Selection preview(OrgId station, LocalDate day);

    /**
     * Appoints students to {@code station} from the pending recommendations, from {@code day} on, filling it
     * towards the target: all of them, or none.
     *
     * @throws edu.yiban.org.tree.CharterException if the charter refuses any of its appointments; nothing is written
     */
    Selection select(OrgId station, LocalDate day);

    /** Plans and checks a rotation at {@code termEnd} without writing anything. */
    Selection previewRotation(OrgId station, LocalDate termEnd);

    /**
     * Rotates the station at a term end: ends the station appointments of students no longer studying on
     * the day after {@code termEnd} (after the last day they were studying, if earlier) and of those who have
     * served the preset's most terms (after {@code termEnd}); then selects replacements from the pending
     * recommendations, appointed from the day after {@code termEnd}. All of it is one batch: all or nothing.
     *
     * @throws edu.yiban.org.tree.CharterException if the charter refuses any appointment; nothing is written
     */
    Selection rotate(OrgId station, LocalDate termEnd);
}
