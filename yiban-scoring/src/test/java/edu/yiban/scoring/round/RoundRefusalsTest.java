package edu.yiban.scoring.round;

import static edu.yiban.scoring.round.RoundCampus.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.result.Ranking;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Every step a round's state or rules do not allow is refused, names the state and the rule, and writes nothing. */
class RoundRefusalsTest {
    private static final String LI = Campus.LI_MING.value();
    private static final String WANG = Campus.WANG_FANG.value();
    private static final PersonId COUNSELLOR = Campus.COUNSELLOR;

    /** Publicised from Monday 27 February to Friday 3 March; the clock on Tuesday 28 February. */
    private static RoundCampus publicised() {
        RoundCampus campus = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 27));
        campus.on(2023, 2, 28);
        return campus;
    }

    // ---------------------------------------------------------------- finalising

    @Test
    void finalisingDuringPublicityIsRefused() {
        RoundCampus campus = publicised();
        campus.on(2023, 3, 3);

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.finalise(ROUND, COUNSELLOR));

        assertThat(refusal.exception()).isInstanceOf(ConflictException.class);
        assertThat(refusal.rule()).isEqualTo("round.finalise.publicity");
        assertThat(refusal.zh()).isEqualTo("测评批次 2022-2023-1-zongce 自 2023-02-27 至 2023-03-03 公示中：公示期结束后方可定稿，即自 2023-03-04 起");
        assertThat(refusal.en()).isEqualTo("round 2022-2023-1-zongce is publicised from 2023-02-27 to 2023-03-03: "
                + "it is finalised only after its publicity ends, from 2023-03-04 on");
    }

    @Test
    void finalisingResultsNeverPublicisedIsRefused() {
        RoundCampus campus = RoundCampus.computed();

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.finalise(ROUND, COUNSELLOR));

        assertThat(refusal.rule()).isEqualTo("round.finalise.state");
        assertThat(refusal.zh()).isEqualTo("测评批次 2022-2023-1-zongce 处于已计算状态：只有公示中的结果可以定稿");
    }

    @Test
    void finalisingWithAnUnansweredAppealIsRefused() {
        RoundCampus campus = publicised();
        campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG));
        campus.on(2023, 3, 6);

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.finalise(ROUND, COUNSELLOR));

        assertThat(refusal.rule()).isEqualTo("round.finalise.appeals");
        assertThat(refusal.en()).isEqualTo("round 2022-2023-1-zongce has 1 appeal(s) without an answer (no. 1): every appeal is answered before finalising");
    }

    // ---------------------------------------------------------------- appeals

    @Test
    void anAppealBeforeTheResultsArePublicisedIsRefused() {
        RoundCampus campus = RoundCampus.computed();

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG)));

        assertThat(refusal.rule()).isEqualTo("round.appeal.not-publicised");
        assertThat(refusal.zh()).isEqualTo("测评批次 2022-2023-1-zongce 处于已计算状态：只能在结果公示期间提出申诉");
    }

    @Test
    void anAppealBeforeTheWindowOpensIsRefused() {
        RoundCampus campus = RoundCampus.computed();
        campus.rounds.publicise(ROUND, LocalDate.of(2023, 2, 27), COUNSELLOR);
        campus.on(2023, 2, 26);

        assertThat(Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG))).rule())
                .isEqualTo("round.appeal.window");
    }

    @Test
    void anAppealAfterTheWindowClosedIsRefused() {
        RoundCampus campus = publicised();
        campus.on(2023, 3, 4);

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG)));

        assertThat(refusal.rule()).isEqualTo("round.appeal.window");
        assertThat(refusal.zh()).isEqualTo("测评批次 2022-2023-1-zongce 自 2023-02-27 至 2023-03-03 公示中：申诉须在公示期内提出，2023-03-04 不在公示期内");
        assertThat(refusal.en()).isEqualTo("round 2022-2023-1-zongce is publicised from 2023-02-27 to 2023-03-03: "
                + "appeals are filed within the publicity window, and 2023-03-04 lies outside it");
    }

    @Test
    void anAppealAboutSomeoneElsesResultIsRefused() {
        RoundCampus campus = publicised();

        Refusal byClassmate = Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "她的成绩有误"), PersonId.of(LI)));
        Refusal byCounsellor = Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "代为申诉"), COUNSELLOR));

        assertThat(byClassmate.rule()).isEqualTo("round.appeal.own");
        assertThat(byClassmate.zh()).isEqualTo("2022010101 只能对本人的结果提出申诉，不能对 2022010102 的结果申诉");
        assertThat(byCounsellor.rule()).isEqualTo("round.appeal.own");
    }

    @Test
    void anAppealAboutAPartTheResultDoesNotHaveIsRefused() {
        RoundCampus campus = publicised();

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "体育成绩有误").about("sport-part"), PersonId.of(WANG)));

        assertThat(refusal.exception()).isInstanceOf(InvalidInputException.class);
        assertThat(refusal.rule()).isEqualTo("round.appeal.node");
        assertThat(refusal.en()).isEqualTo("the result of 2022010102 has no part sport-part");
    }

    @Test
    void anAppealWithoutAReasonIsRefused() {
        RoundCampus campus = publicised();

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, " "), PersonId.of(WANG)));

        assertThat(refusal.rule()).isEqualTo("NotBlank");
        assertThat(((InvalidInputException) refusal.exception()).violations().get(0).path()).isEqualTo("reason");
    }

    @Test
    void aSecondAppealWhileTheFirstAwaitsItsAnswerIsRefused() {
        RoundCampus campus = publicised();
        campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG));

        assertThat(Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "补充理由"), PersonId.of(WANG))).rule())
                .isEqualTo("round.appeal.pending");
    }

    @Test
    void anAppealAboutASubjectWithoutAResultIsNotFound() {
        RoundCampus campus = publicised();

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.appeal(ROUND, AppealRequest.of("2022999999", "成绩有误"), PersonId.of(WANG)));

        assertThat(refusal.exception()).isInstanceOf(NotFoundException.class);
        assertThat(refusal.rule()).isEqualTo("round.subject.unknown");
    }

    // ---------------------------------------------------------------- answers

    @Test
    void anAppealIsAnsweredOnce() {
        RoundCampus campus = publicised();
        campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG));
        campus.rounds.answer(ROUND, 1, Ruling.rejected("成绩无误"), COUNSELLOR);

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.answer(ROUND, 1, Ruling.rejected("再答一次"), Campus.TEACHER));

        assertThat(refusal.rule()).isEqualTo("round.appeal.answered");
        assertThat(refusal.zh()).isEqualTo("测评批次 2022-2023-1-zongce 的第 1 号申诉已答复（申诉不成立，2023-02-28）：每项申诉只答复一次");
    }

    @Test
    void onlyStaffAnswerAppeals() {
        RoundCampus campus = publicised();
        campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG));

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.answer(ROUND, 1, Ruling.rejected("同学代答"), PersonId.of(LI)));

        assertThat(refusal.rule()).isEqualTo("round.actor.staff");
        assertThat(refusal.en()).isEqualTo("2022010101 holds no staff role: only staff draft, compute, publicise, answer appeals and finalise rounds");
    }

    @Test
    void anUpheldAppealNamesTheInputChangesMadeAndARejectedOneNone() {
        RoundCampus campus = publicised();
        campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG));
        EntryRef fixed = campus.core.archives().of(Campus.WANG_FANG)
                .correct(campus.wangStudy, RoundCampus.entry(Dimension.INTELLECTUAL, "88"), "成绩录入有误");

        assertThat(Refusal.of(campus, () -> campus.rounds.answer(ROUND, 1, Ruling.upheld("已更正"), COUNSELLOR)).rule())
                .isEqualTo("round.ruling.changes");
        assertThat(Refusal.of(campus, () -> campus.rounds.answer(ROUND, 1,
                new Ruling(Verdict.REJECTED, "成绩无误", List.of(fixed)), COUNSELLOR)).rule())
                .isEqualTo("round.ruling.no-changes");
        Refusal unknown = Refusal.of(campus, () -> campus.rounds.answer(ROUND, 1,
                Ruling.upheld("已更正", fixed, new EntryRef(Campus.WANG_FANG, 99)), COUNSELLOR));
        assertThat(unknown.rule()).isEqualTo("round.ruling.change.unknown");
        assertThat(((InvalidInputException) unknown.exception()).violations().get(0).path()).isEqualTo("changes[1]");
    }

    @Test
    void answeringAnAppealThatDoesNotExistIsNotFound() {
        RoundCampus campus = publicised();

        assertThat(Refusal.of(campus, () -> campus.rounds.answer(ROUND, 3, Ruling.rejected("无"), COUNSELLOR)).rule())
                .isEqualTo("round.appeal.unknown");
    }

    // ---------------------------------------------------------------- computing and publicising

    @Test
    void computingPublicisedResultsAgainIsRefused() {
        RoundCampus campus = publicised();

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.compute(ROUND, COUNSELLOR));

        assertThat(refusal.rule()).isEqualTo("round.compute.publicised");
        assertThat(refusal.en()).isEqualTo("round 2022-2023-1-zongce is publicised: publicised results change only through an upheld appeal");
    }

    @Test
    void onlyStaffCompute() {
        RoundCampus campus = RoundCampus.computed();

        assertThat(Refusal.of(campus, () -> campus.rounds.compute(ROUND, PersonId.of(WANG))).rule()).isEqualTo("round.actor.staff");
        assertThat(Refusal.of(campus, () -> campus.rounds.compute(ROUND, PersonId.of("NOBODY"))).rule()).isEqualTo("round.person.unknown");
    }

    @Test
    void publicisingBeforeComputingIsRefused() {
        RoundCampus campus = RoundCampus.create();
        campus.on(2023, 2, 20);
        campus.rounds.draft(RoundCampus.DRAFT, COUNSELLOR);

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.publicise(ROUND, LocalDate.of(2023, 2, 27), COUNSELLOR));

        assertThat(refusal.rule()).isEqualTo("round.publicise.uncomputed");
        assertThat(refusal.zh()).isEqualTo("测评批次 2022-2023-1-zongce 处于草拟状态：须先计算结果再公示");
    }

    @Test
    void publicisingTwiceOrFromThePastIsRefused() {
        RoundCampus campus = RoundCampus.computed();

        assertThat(Refusal.of(campus, () -> campus.rounds.publicise(ROUND, LocalDate.of(2023, 2, 19), COUNSELLOR)).rule())
                .isEqualTo("round.publicise.past");
        campus.rounds.publicise(ROUND, LocalDate.of(2023, 2, 27), COUNSELLOR);
        assertThat(Refusal.of(campus, () -> campus.rounds.publicise(ROUND, LocalDate.of(2023, 3, 6), COUNSELLOR)).rule())
                .isEqualTo("round.publicise.already");
    }

    // ---------------------------------------------------------------- incomplete results

    /**
     * The round's evaluation as it comes out when the source of the study points (a plugin) failed for every
     * student: moral points measured, {@code intellectual} failed — so each total counts study as 0, marked.
     */
    private static RoundResults studyNotMeasured(RoundScope scope) {
        RawValues.Builder raw = RawValues.builder();
        for (String student : List.of(LI, WANG, Campus.ZHAO_LEI.value())) {
            raw.put(student, "moral", new BigDecimal("85"), "archive").failed(student, "intellectual");
        }
        List<SubjectResult> results = ArchiveTotalsEvaluation.system().evaluate(raw.failedBy("intellectual", "plugin:grades-feed").build());
        return RoundResults.of(results, Ranking.rank(results, r -> "campus", Ranking.noTieBreak()));
    }

    @Test
    void computingOnIncompleteResultsIsRefusedNamingHowManyWhoAndWhich() {
        RoundCampus campus = RoundCampus.create();
        EvaluationRounds rounds = EvaluationRounds.open(campus.core, RoundPolicy.seed(), List.of(RoundEvaluation.of(ArchiveTotalsEvaluation.ID,
                ArchiveTotalsEvaluation.VERSION, new Bilingual("德智测评", "moral and study"), RoundRefusalsTest::studyNotMeasured)));
        campus.on(2023, 2, 20);
        rounds.draft(RoundCampus.DRAFT, COUNSELLOR);

        Refusal refusal = Refusal.of(campus, () -> rounds.compute(ROUND, COUNSELLOR));

        assertThat(refusal.exception()).isInstanceOf(InvalidInputException.class);
        assertThat(refusal.rule()).isEqualTo("round.results.incomplete");
        assertThat(refusal.en()).isEqualTo("the evaluation archive-totals gave 3 incomplete result(s) (a source failed to measure intellectual "
                + "for 2022010101, 2022010102, 2022020101): a round is computed only on complete results, so correct the source and compute again");
        assertThat(refusal.zh()).isEqualTo("测评方案 archive-totals 给出了 3 项不完整的结果（2022010101, 2022010102, 2022020101 的 intellectual 未能测得）："
                + "测评批次只按完整的结果计算，须排除数据来源的故障后重新计算");
        assertThat(rounds.round(ROUND).orElseThrow().computations()).isEmpty();
    }

    @Test
    void anUpheldAppealWhoseRecomputationIsIncompleteIsRefusedAndLeavesTheAppealOpen() {
        RoundCampus campus = RoundCampus.create();
        ArchiveTotalsEvaluation totals = new ArchiveTotalsEvaluation(campus.core);
        AtomicBoolean sourceDown = new AtomicBoolean();
        EvaluationRounds rounds = EvaluationRounds.open(campus.core, RoundPolicy.seed(), List.of(RoundEvaluation.of(ArchiveTotalsEvaluation.ID,
                ArchiveTotalsEvaluation.VERSION, totals.name(), scope -> sourceDown.get() ? studyNotMeasured(scope) : totals.evaluate(scope))));
        campus.on(2023, 2, 20);
        rounds.draft(RoundCampus.DRAFT, COUNSELLOR);
        rounds.compute(ROUND, COUNSELLOR);
        rounds.publicise(ROUND, LocalDate.of(2023, 2, 27), COUNSELLOR);
        campus.on(2023, 2, 28);
        rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG));
        EntryRef fixed = campus.core.archives().of(Campus.WANG_FANG)
                .correct(campus.wangStudy, RoundCampus.entry(Dimension.INTELLECTUAL, "88"), "成绩录入有误");
        sourceDown.set(true);

        Refusal refusal = Refusal.of(campus, () -> rounds.answer(ROUND, 1, Ruling.upheld("已更正", fixed), COUNSELLOR));

        assertThat(refusal.rule()).isEqualTo("round.results.incomplete");
        Round round = rounds.round(ROUND).orElseThrow();
        assertThat(round.computations()).hasSize(1);
        assertThat(round.unanswered()).hasSize(1);
        assertThat(round.state()).isEqualTo(RoundState.PUBLICISED);
    }

    @Test
    void finalisingIncompleteResultsIsRefusedHoweverTheyCameIntoTheRound() {
        // results the round's own checks never let in, written into its stream by another hand (a tool, a restored store)
        RoundCampus written = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 27));
        RoundResults incomplete = studyNotMeasured(null);
        RecordCodec<RoundEvent> codec = RoundEvent.codec(ScoringJson.mapper(), (stream, event) -> {
        });
        StreamId roundStream = StreamId.of(RoundService.STREAM_KIND, ROUND.value());
        WritableLedger.of(written.core.ledger()).append(roundStream, written.storedVersion(), List.of(codec.encode(roundStream,
                new RoundEvent.Computed(2, Optional.empty(), incomplete.sha256(), incomplete, LocalDate.of(2023, 2, 28), COUNSELLOR))));
        RoundCampus campus = written.reopen();
        campus.on(2023, 3, 6);

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.finalise(ROUND, COUNSELLOR));

        assertThat(refusal.exception()).isInstanceOf(ConflictException.class);
        assertThat(refusal.rule()).isEqualTo("round.finalise.incomplete");
        assertThat(refusal.en()).isEqualTo("round 2022-2023-1-zongce is publicised, and 3 of its current results are incomplete (a source failed "
                + "to measure intellectual for 2022010101, 2022010102, 2022020101): it is finalised only on complete results, so evaluate "
                + "those subjects again first");
        assertThat(campus.rounds.round(ROUND).orElseThrow().state()).isEqualTo(RoundState.PUBLICISED);
    }

    // ---------------------------------------------------------------- drafting

    @Test
    void aDraftIsRefusedForEveryBrokenRule() {
        RoundCampus campus = RoundCampus.create();
        campus.on(2023, 2, 20);
        EvaluationRounds rounds = campus.rounds;
        RoundDraft draft = RoundCampus.DRAFT;

        assertThat(Refusal.of(campus, () -> rounds.draft(draft, PersonId.of(WANG))).rule()).isEqualTo("round.actor.staff");
        assertThat(Refusal.of(campus, () -> rounds.draft(RoundDraft.of(ROUND, draft.name(), draft.period(), "zongce", "2023"), COUNSELLOR)).rule())
                .isEqualTo("round.evaluation.unknown");
        assertThat(Refusal.of(campus, () -> rounds.draft(RoundDraft.of(ROUND, draft.name(), RoundPeriod.parse("2030-2031-1"),
                draft.evaluation(), draft.version()), COUNSELLOR)).rule()).isEqualTo("round.period.undeclared");
        assertThat(Refusal.of(campus, () -> rounds.draft(RoundDraft.of(ROUND, new Bilingual("测".repeat(61), "long"), draft.period(),
                draft.evaluation(), draft.version()), COUNSELLOR)).rule()).isEqualTo("round.name.length");
        assertThat(Refusal.of(campus, () -> rounds.draft(new RoundDraft(ROUND, draft.name(), null, "", draft.version(), null), COUNSELLOR)).rule())
                .isEqualTo("NotBlank,NotNull");
        rounds.draft(draft, COUNSELLOR);
        Refusal twice = Refusal.of(campus, () -> rounds.draft(draft, COUNSELLOR));
        assertThat(twice.rule()).isEqualTo("round.exists");
        assertThat(twice.en()).isEqualTo("the evaluation round 2022-2023-1-zongce exists already (drafted)");
    }

    @Test
    void aRoundThatWasNeverDraftedIsNotFound() {
        RoundCampus campus = RoundCampus.create();
        RoundId other = RoundId.of("nowhere");

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.compute(other, COUNSELLOR));

        assertThat(refusal.rule()).isEqualTo("round.unknown");
        assertThat(campus.rounds.round(other)).isEmpty();
        assertThat(campus.rounds.rounds()).isEmpty();
        assertThat(campus.rounds.version(other)).isZero();
    }

    @Test
    void aDraftForAnUndeclaredTermListsTheTermsTheCalendarDeclares() {
        RoundCampus campus = RoundCampus.create();
        campus.on(2023, 2, 20);
        RoundDraft draft = RoundCampus.DRAFT;

        Refusal refusal = Refusal.of(campus, () -> campus.rounds.draft(RoundDraft.of(ROUND, draft.name(), RoundPeriod.parse("2030-2031-1"),
                draft.evaluation(), draft.version()), COUNSELLOR));

        assertThat(refusal.en()).startsWith("the campus calendar declares no term of 2030-2031-1; its terms are ").contains("2022-2023-1");
        assertThat(refusal.zh()).startsWith("校历中没有 2030-2031-1 的学期；已声明的学期为 ").contains("2022-2023-1");
    }
}
