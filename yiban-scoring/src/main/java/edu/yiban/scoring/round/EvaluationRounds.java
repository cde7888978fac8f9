package edu.yiban.scoring.round;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.append.WritableLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A campus's evaluation rounds (测评批次): each round runs one evaluation over a term or an academic year
 * through its steps, every step a record on the ledger stream {@code round:<code>} with its day and the
 * person who took it:
 * <pre>
 * draft 草拟 → compute 计算 → publicise 公示 → (appeal 申诉 → answer 答复 …) → finalise 定稿
 * </pre>
 * An upheld appeal recomputes the round (the earlier computation is kept); when that changes the
 * publicised results the publicity is withdrawn and the new results must be publicised again. A round
 * is finalised only after its publicity ended and every appeal was answered; a final round refuses any
 * change, and its results are written into each student's growth archive (成长档案), once. A round never
 * keeps an incomplete result ({@link edu.yiban.scoring.result.SubjectResult#complete()}, an indicator a
 * plugin failed to measure): computing, recomputing after an upheld appeal and finalising refuse on one.
 *
 * <p>Days are the ledger clock's days. Refusals change nothing and say, in Chinese and English, which
 * state the round is in and which rule refused: {@link edu.yiban.core.error.ConflictException} for a step the
 * state does not allow, {@link edu.yiban.core.error.InvalidInputException} for bad input,
 * {@link edu.yiban.core.error.NotFoundException} for an unknown round, appeal, person or entry. Thread-safe;
 * opening over a store that holds rounds rebuilds them.
 *
 * <pre>{@code
 * EvaluationRounds rounds = EvaluationRounds.open(core, RoundPolicy.seed(), List.of(zongce));
 * RoundId id = RoundId.of("2022-2023-1-zongce");
 * rounds.draft(RoundDraft.of(id, new Bilingual("2022—2023 学年第一学期综合测评", "2022-23 autumn evaluation"),
 *         RoundPeriod.parse("2022-2023-1"), "zongce", "2023"), counsellor);
 * rounds.compute(id, counsellor);
 * rounds.publicise(id, LocalDate.of(2023, 2, 27), counsellor);       // 5 working days: until 3 March
 * rounds.appeal(id, AppealRequest.of("2022010102", "成绩录入有误").about("study-part"), wangFang);
 * rounds.answer(id, 1, Ruling.upheld("已更正成绩", correctedEntry), counsellor);   // recomputes
 * rounds.publicise(id, LocalDate.of(2023, 3, 6), counsellor);        // the changed results again
 * rounds.finalise(id, counsellor);                                   // from 11 March on
 * Standing s = rounds.standing(id, "2022010102");                     // result, explanation, ranks
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface EvaluationRounds {

    /** The rounds of {@code core}'s campus, run by {@code policy}, able to run {@code evaluations}. */
    static EvaluationRounds open(YibanCore core, RoundPolicy policy, List<RoundEvaluation> evaluations) {
        Objects.requireNonNull(core, "core is null");
        return new RoundService(WritableLedger.of(core.ledger()), core.directory(), core.archives(), policy, evaluations, core.access());
    }

    /** The policy the rounds run by. */
    RoundPolicy policy();

    /**
     * Drafts a round. The evaluation must be one this instance runs (by code and version), the period's
     * terms must be declared, and {@code by} must be staff.
     *
     * @throws edu.yiban.core.error.ConflictException if the round exists
     */
    Round draft(RoundDraft draft, PersonId by);

    /**
     * Computes the results of a drafted round, or computes them again before they are publicised.
     *
     * @throws edu.yiban.core.error.InvalidInputException if the evaluation's results fail a check, among them an
     *         incomplete result (rule {@code round.results.incomplete}, naming how many, the first subjects
     *         and the indicators); nothing is written
     */
    Computation compute(RoundId round, PersonId by);

    /** Publicises the current results from {@code from} (today or later) for the round's publicity period. */
    PublicityWindow publicise(RoundId round, LocalDate from, PersonId by);

    /** Files an appeal about {@code by}'s own result, within the publicity window. */
    Appeal appeal(RoundId round, AppealRequest request, PersonId by);

    /**
     * Answers appeal {@code appeal}, once; an upheld appeal recomputes the round in the same step, and is
     * refused like {@link #compute} (nothing written, the answer neither) when the new results fail a check.
     */
    Appeal answer(RoundId round, int appeal, Ruling ruling, PersonId by);

    /**
     * Finalises the round after its publicity ended with every appeal answered, and writes the results into
     * the archives, each student's in the last term of the period they were on the register. A student on the
     * register in none of its terms by then (a withdrawal dated before the period, recorded after the round
     * was computed) gets no archive entry, as the archive has no term of the period to hold it; the round
     * still shows their result, and a warning is logged naming them. In a runtime with a campus key
     * ({@code YibanCore.Builder#campusKey}) the heads of every stream are then signed and the signature kept in the ledger,
     * covering the finalising record and the archive entries; without one, nothing is signed.
     *
     * @throws edu.yiban.core.error.ConflictException if the round is not publicised, its publicity has not ended, an
     *         appeal awaits its answer, or its current results are incomplete ({@code round.finalise.incomplete})
     */
    Round finalise(RoundId round, PersonId by);

    /**
     * Writes the final results into every student's growth archive that does not hold them yet, as
     * {@link #finalise} does, and returns the entries written: empty when every archive holds them already
     * (finalising did it). For a finalisation whose writing failed (say the archives refused a student whose
     * status changed at that very moment).
     */
    List<EntryRef> writeToArchives(RoundId round);

    /** The round {@code id}, if drafted. */
    Optional<Round> round(RoundId id);

    /** Every round, by code. */
    List<Round> rounds();

    /**
     * What the current results say of {@code subject}: result, explanation, ranks, band, appeals.
     *
     * @throws edu.yiban.core.error.NotFoundException if the round or the subject's result does not exist
     */
    Standing standing(RoundId round, String subject);

    /**
     * The public list of the round's current results (公示名单), names shown as {@link RoundPolicy#publicNames()} chooses.
     *
     * @throws edu.yiban.core.error.NotFoundException if there is no such round
     * @throws edu.yiban.core.error.ConflictException if it has no results yet
     */
    PublicityList publicityList(RoundId round);

    /** The version of the round's stream (0 when it does not exist). */
    long version(RoundId round);
}
