package edu.yiban.sdk.testkit;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchive;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.plugin.PluginFault;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The test kit's contract of a plugin's archive listeners (档案监听插件测试套件): extend it and say how to
 * make the plugin (and its settings). The kit starts the runtime with it on a small campus and records
 * what a term brings — grades, volunteer hours, an activity, a sanction, a correction and a revocation —
 * so that every listener the plugin registers is told of every kind of record.
 *
 * <pre>{@code
 * class SanctionNotifierContractTest extends ArchiveListenerPluginContract {
 *     protected YibanPlugin newPlugin() { return new SanctionNotifierPlugin(); }
 *     protected Map<String, String> config() { return Map.of("plugins.sanction-notifier.outbox", dir + "/outbox.jsonl"); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>quiet</b> (不出故障): told of every kind of record, no listener throws or runs past the kit's
 *       budget of {@value #BUDGET_SECONDS} seconds per call;</li>
 *   <li><b>writes kept</b> (写入完整): afterwards the ledger holds exactly the records the kit wrote — a
 *       listener adds none of its own and loses none — and every chain verifies.</li>
 * </ul>
 *
 * The campus: one college {@code KIT}, one class {@code KIT2201} of six students (学号 2022990001 …
 * 2022990006), a counsellor {@code KIT-C}, and the term {@code 2022-2023-1}. A plugin's own behaviour (whom
 * it notifies, what it sends) belongs in the plugin's own tests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class ArchiveListenerPluginContract {
    /** For the store's or plugin's own test class, which extends this one. */
    protected ArchiveListenerPluginContract() {
    }

    /** The longest one call of a listener may take in the kit. */
    public static final int BUDGET_SECONDS = 2;
    /** The term the kit records in. */
    protected static final TermId TERM = KitCampus.TERM;
    /** The kit's counsellor, the recorder of the kit's entries. */
    protected static final PersonId COUNSELLOR = KitCampus.COUNSELLOR;

    /** The kit's campus while a test runs; null before it is opened and after it is closed. */
    private @Nullable Yiban yiban;

    /** A new plugin to test; it should register at least one archive listener. */
    protected abstract YibanPlugin newPlugin();

    /** The runtime's configuration (the plugin's settings as {@code plugins.<id>.<name>} keys); none by default. */
    protected Map<String, String> config() {
        return Map.of();
    }

    /** Adds what the plugin needs to the kit's campus before the kit records (people it notifies…); nothing by default. */
    protected void prepare(Yiban campus) {
    }

    /** The kit's students, by 学号. */
    protected static List<StudentNo> students() {
        return KitCampus.STUDENTS;
    }

    @AfterEach
    final void closeCampus() {
        if (yiban != null) {
            yiban.close();
            yiban = null;
        }
    }

    @Test
    @DisplayName("quiet: told of every kind of record, no listener throws or runs past its budget")
    final void quiet() {
        Yiban campus = open();
        recordATerm(campus);
        List<PluginFault> faults = campus.faults();
        if (!faults.isEmpty()) {
            PluginFault first = faults.get(0);
            throw broken("quiet", "listener.quiet.fault", faults.size(), first.subject().orElse("—"), first.en(), first.zh());
        }
    }

    @Test
    @DisplayName("writes kept: the ledger holds exactly what the kit wrote, and every chain verifies")
    final void writesKept() {
        Yiban campus = open();
        long before = count(campus);
        List<EntryRef> written = recordATerm(campus);
        long after = count(campus);
        if (after != before + written.size()) {
            throw broken("writes", "listener.writes.count", written.size(), after - before);
        }
        for (EntryRef ref : written) {
            boolean kept = campus.archive(ref.student()).history(Viewer.of(COUNSELLOR)).stream().anyMatch(r -> r.ref().equals(ref))
                    || campus.archive(ref.student()).revocations(Viewer.of(COUNSELLOR)).stream().anyMatch(r -> r.ref().equals(ref));
            if (!kept) {
                throw broken("writes", "listener.writes.lost", ref.toString());
            }
        }
        VerificationReport report = campus.core().verify();
        if (!report.ok()) {
            ChainBreak first = report.breaks().get(0);
            throw broken("writes", "listener.writes.chain", String.valueOf(first));
        }
    }

    private Yiban open() {
        Yiban opened = Yiban.builder().clock(KitCampus.CLOCK).budget(Duration.ofSeconds(BUDGET_SECONDS)).config(config())
                .plugin(newPlugin()).build();
        yiban = opened;
        KitCampus.fill(opened.campus());
        prepare(opened);
        return opened;
    }

    private static long count(Yiban campus) {
        return Records.all(WritableLedger.of(campus.core().ledger()).store()).size();
    }

    /** A term's records: for every student a grade, volunteer hours and an activity; a sanction, its correction, a revocation. */
    private static List<EntryRef> recordATerm(Yiban campus) {
        List<EntryRef> written = new ArrayList<>();
        int n = 0;
        for (StudentNo s : students()) {
            n++;
            GrowthArchive archive = campus.archive(s);
            written.add(archive.record(entry(Category.ACADEMIC, LocalDate.of(2023, 1, 10), SourceSystem.ACADEMIC_AFFAIRS)
                    .title("MATH101").attribute("course", "MATH101").attribute("credits", "4")
                    .attribute("score", Integer.toString(70 + 4 * n)).build()));
            written.add(archive.record(entry(Category.VOLUNTEER, LocalDate.of(2022, 10, 15), SourceSystem.YOUTH_LEAGUE)
                    .title("社区志愿服务").attribute("hours", Integer.toString(6 * n)).build()));
            written.add(archive.record(entry(Category.ACTIVITY, LocalDate.of(2022, 11, 20), SourceSystem.YIBAN)
                    .title("易班主题班会").points(Dimension.AESTHETIC, Points.of("1")).build()));
        }
        StudentNo sanctioned = students().get(0);
        EntryRef sanction = campus.archive(sanctioned).record(entry(Category.DISCIPLINE, LocalDate.of(2022, 12, 1),
                SourceSystem.STUDENT_AFFAIRS).title("旷课警告").attribute("level", "warning").build());
        written.add(sanction);
        written.add(campus.archive(sanctioned).correct(sanction, entry(Category.DISCIPLINE, LocalDate.of(2022, 12, 1),
                SourceSystem.STUDENT_AFFAIRS).title("旷课严重警告").attribute("level", "serious-warning").build(), "复核后改为严重警告"));
        StudentNo revoked = students().get(1);
        EntryRef volunteer = campus.archive(revoked).history(Viewer.of(COUNSELLOR)).stream()
                .filter(r -> r.entry().category().equals(Category.VOLUNTEER)).findFirst().orElseThrow().ref();
        written.add(campus.archive(revoked).revoke(volunteer, "重复录入", COUNSELLOR));
        return written;
    }

    private static ArchiveEntry.Builder entry(Category category, LocalDate date, SourceSystem source) {
        return ArchiveEntry.builder().date(date).term(TERM).category(category).source(source).recordedBy(COUNSELLOR)
                .visibility(Visibility.CAMPUS);
    }

    private static AssertionFailedError broken(String contract, String key, Object... args) {
        return Contract.violation("contract.listener." + contract, Contract.text(key, args));
    }
}
