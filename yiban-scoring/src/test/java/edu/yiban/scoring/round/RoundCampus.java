package edu.yiban.scoring.round;

import edu.yiban.core.fixtures.SettableClock;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.List;

/**
 * The core's test campus (three students: 李明 and 王芳 in EDU2201, 赵磊 in MATH2201; counsellor 陈老师)
 * with archive points of the 2022—2023 autumn term, and the rounds running {@link ArchiveTotalsEvaluation}
 * over it, on a clock the test sets:
 * <pre>
 *            moral (德)  study (智)
 * 李明 LI_MING     90        80
 * 王芳 WANG_FANG   85        70   ← recorded wrong: her grade was 88
 * 赵磊 ZHAO_LEI    70        90
 * </pre>
 */
final class RoundCampus {
    static final RoundId ROUND = RoundId.of("2022-2023-1-zongce");
    static final RoundDraft DRAFT = RoundDraft.of(ROUND, new Bilingual("2022—2023 学年第一学期综合测评", "2022-23 autumn term evaluation"),
            RoundPeriod.of(Campus.T2022_1), ArchiveTotalsEvaluation.ID, ArchiveTotalsEvaluation.VERSION);

    final LedgerStore store;
    final SettableClock clock;
    final YibanCore core;
    final EvaluationRounds rounds;
    /** 王芳's study points, recorded as 70 instead of 88. */
    EntryRef wangStudy;

    private RoundCampus(LedgerStore store, SettableClock clock) {
        this(store, clock, null);
    }

    /** Over {@code store}, its core signing with {@code key} when one is given. */
    private RoundCampus(LedgerStore store, SettableClock clock, CampusKey key) {
        this.store = store;
        this.clock = clock;
        YibanCore.Builder builder = YibanCore.builder().store(store).clock(clock);
        this.core = (key == null ? builder : builder.campusKey(key)).build();
        this.rounds = EvaluationRounds.open(core, RoundPolicy.seed(), List.of(new ArchiveTotalsEvaluation(core)));
    }

    /** A new campus with the archive points above, the clock on 2022-11-01. */
    static RoundCampus create() {
        return create(List.of("90", "80", "85", "70", "70", "90"), false);
    }

    /**
     * A new campus with {@code points} (moral and study of 李明, 王芳, 赵磊), recorded in that order or in
     * reverse, the clock on 2022-11-01.
     */
    static RoundCampus create(List<String> points, boolean reversed) {
        return create(points, reversed, null);
    }

    private static RoundCampus create(List<String> points, boolean reversed, CampusKey key) {
        RoundCampus campus = new RoundCampus(LedgerStore.inMemory(), new SettableClock(LocalDate.of(2022, 9, 1)), key);
        Campus.fill(campus.core.directory());
        campus.on(2022, 11, 1);
        List<StudentNo> students = List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI);
        for (int n = 0; n < 6; n++) {
            int i = reversed ? 5 - n : n;
            EntryRef ref = campus.record(students.get(i / 2), i % 2 == 0 ? Dimension.MORAL : Dimension.INTELLECTUAL, points.get(i));
            if (i == 3) {
                campus.wangStudy = ref;
            }
        }
        return campus;
    }

    /** A new campus whose round was drafted and computed by the counsellor on Monday 20 February 2023. */
    static RoundCampus computed() {
        return computed(null);
    }

    /** {@link #computed()} in a core that signs its heads with {@code key} (none for null). */
    static RoundCampus computed(CampusKey key) {
        RoundCampus campus = create(List.of("90", "80", "85", "70", "70", "90"), false, key);
        campus.on(2023, 2, 20);
        campus.rounds.draft(DRAFT, Campus.COUNSELLOR);
        campus.rounds.compute(ROUND, Campus.COUNSELLOR);
        return campus;
    }

    /** This campus, its round publicised by the counsellor from {@code from}. */
    RoundCampus publicised(LocalDate from) {
        rounds.publicise(ROUND, from, Campus.COUNSELLOR);
        return this;
    }

    /** The current computation of the round. */
    Computation current() {
        return rounds.round(ROUND).orElseThrow().current().orElseThrow();
    }

    /** The same campus opened again over its store, as after a restart. */
    RoundCampus reopen() {
        RoundCampus again = new RoundCampus(store, clock);
        again.wangStudy = wangStudy;
        return again;
    }

    void on(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day));
    }

    EntryRef record(StudentNo student, Dimension dimension, String points) {
        return core.archives().of(student).record(entry(dimension, points));
    }

    static ArchiveEntry entry(Dimension dimension, String points) {
        boolean moral = dimension == Dimension.MORAL;
        return ArchiveEntry.builder()
                .date(LocalDate.of(2022, 11, 1)).term(Campus.T2022_1)
                .category(moral ? Category.VOLUNTEER : Category.ACADEMIC)
                .points(dimension, Points.of(points))
                .title(moral ? "志愿服务积分 " + points : "学业成绩积分 " + points)
                .source(moral ? SourceSystem.YOUTH_LEAGUE : SourceSystem.ACADEMIC_AFFAIRS)
                .recordedBy(Campus.COUNSELLOR)
                .visibility(Visibility.CAMPUS)
                .build();
    }

    /** The version of the round's stream in the store. */
    long storedVersion() {
        return core.ledger().version(StreamId.of("round", ROUND.value()));
    }
}
