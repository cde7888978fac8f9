package edu.yiban.sdk.testkit;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.Exporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The test kit's contract of an exporter (导出插件测试套件): extend it, say how to make the exporter, and fill the
 * kit's campus with what it exports. Each test's name starts with the contract it proves; a failure says, in English
 * and Chinese, which contract broke and how.
 *
 * <pre>{@code
 * class RosterCsvContractTest extends ExporterContract {
 *     protected Exporter newExporter() { return new RosterCsv(); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>declared</b> (声明完整): a stable id of lower-case letters, digits, '.' or '-', names in Chinese and
 *       English, and a media type such as {@code text/csv};</li>
 *   <li><b>deterministic</b> (结果确定): two exports of the same campus are the same bytes, so a campus system can
 *       compare one day's export with the next;</li>
 *   <li><b>reads only</b> (只读): exporting writes nothing to the ledger and leaves every chain verifying.</li>
 * </ul>
 *
 * The campus is the importer contract's: one college {@code KIT}, one class {@code KIT2201} of six students (学号
 * 2022990001 … 2022990006), a counsellor {@code KIT-C}, and the term {@code 2022-2023-1}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class ExporterContract {
    /** For the store's or plugin's own test class, which extends this one. */
    protected ExporterContract() {
    }

    /** The kit's term. */
    protected static final TermId TERM = KitCampus.TERM;
    /** The kit's counsellor. */
    protected static final PersonId COUNSELLOR = KitCampus.COUNSELLOR;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+(;.*)?");

    /** The kit's campus while a test runs; null before it is opened and after it is closed. */
    private @Nullable Yiban yiban;

    /** A new exporter to test. */
    protected abstract Exporter newExporter();

    /** Adds what the exporter exports to the kit's campus (archive entries, an evaluation…); nothing by default. */
    protected void prepare(Yiban campus) {
    }

    /** The kit's students, by 学号. */
    protected static List<StudentNo> students() {
        return KitCampus.STUDENTS;
    }

    private Yiban campus() {
        if (yiban == null) {
            yiban = KitCampus.runtime(this::prepare);
        }
        return yiban;
    }

    @AfterEach
    final void closeCampus() {
        if (yiban != null) {
            yiban.close();
            yiban = null;
        }
    }

    @Test
    @DisplayName("declared: a stable id, names in Chinese and English and a media type")
    final void declared() {
        Exporter exporter = newExporter();
        String undeclared = KitCampus.undeclared(exporter.id(), exporter.name());
        if (undeclared != null) {
            throw broken("declared", undeclared, String.valueOf(exporter.id()));
        }
        if (exporter.mediaType() == null || !MEDIA_TYPE.matcher(exporter.mediaType()).matches()) {
            throw broken("declared", "media", exporter.id(), String.valueOf(exporter.mediaType()));
        }
    }

    @Test
    @DisplayName("deterministic: two exports of the same campus are the same bytes")
    final void deterministic() throws IOException {
        byte[] first = export(newExporter());
        byte[] second = export(newExporter());
        if (!Arrays.equals(first, second)) {
            throw broken("deterministic", "bytes", first.length, second.length, Arrays.mismatch(first, second));
        }
    }

    @Test
    @DisplayName("reads only: exporting writes nothing and every chain still verifies")
    final void readsOnly() throws IOException {
        Exporter exporter = newExporter();
        int before = Records.all(WritableLedger.of(campus().core().ledger()).store()).size();
        export(exporter);
        int gained = Records.all(WritableLedger.of(campus().core().ledger()).store()).size() - before;
        if (gained != 0) {
            throw broken("reads", "written", gained);
        }
        if (!campus().verify().ok()) {
            throw broken("reads", "chain", String.valueOf(campus().verify()));
        }
    }

    private byte[] export(Exporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.exportTo(campus(), out);
        } catch (RuntimeException failed) {
            throw broken("reads", "thrown", failed.getClass().getName(), String.valueOf(failed.getMessage()));
        }
        return out.toByteArray();
    }

    private static AssertionFailedError broken(String contract, String key, Object... args) {
        return Contract.violation("contract.exporter." + contract, Contract.text("exporter." + contract + "." + key, args));
    }
}
