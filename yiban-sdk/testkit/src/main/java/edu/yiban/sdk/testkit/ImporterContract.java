package edu.yiban.sdk.testkit;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.Importer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The test kit's contract of an importer (导入插件测试套件): extend it, give a sample the importer reads into the kit's
 * campus and a malformed one, and, if it needs them, fill the campus with what it matches against. Each test's name
 * starts with the contract it proves; a failure says, in English and Chinese, which contract broke and how.
 *
 * <pre>{@code
 * class VolunteerCsvContractTest extends ImporterContract {
 *     protected Importer newImporter() { return new VolunteerCsv(); }
 *     protected byte[] sample() { return "学号,小时\n2022990001,12\n2022990002,8\n".getBytes(UTF_8); }
 *     protected byte[] malformed() { return "学号,小时\n2022990001,12\n2022990002,many\n".getBytes(UTF_8); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>declared</b> (声明完整): a stable id of lower-case letters, digits, '.' or '-', names in Chinese and
 *       English;</li>
 *   <li><b>imports</b> (导入计数): the sample writes at least one record, the count it returns is the number of
 *       records the ledger gained, and every hash chain still verifies;</li>
 *   <li><b>all or nothing</b> (全有或全无): the malformed sample is refused with the library's exception (a
 *       {@link YibanException}, whose sentence in Chinese and English names the row) and the ledger gains nothing —
 *       not even the good rows before the bad one.</li>
 * </ul>
 *
 * The campus: one college {@code KIT}, one class {@code KIT2201} of six students (学号 2022990001 … 2022990006), a
 * counsellor {@code KIT-C}, and the term {@code 2022-2023-1} (2022-09-01 to 2023-01-15).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class ImporterContract {
    /** For the store's or plugin's own test class, which extends this one. */
    protected ImporterContract() {
    }

    /** The kit's term. */
    protected static final TermId TERM = KitCampus.TERM;
    /** The kit's counsellor. */
    protected static final PersonId COUNSELLOR = KitCampus.COUNSELLOR;

    /** The kit's campus while a test runs; null before it is opened and after it is closed. */
    private @Nullable Yiban yiban;

    /** A new importer to test. */
    protected abstract Importer newImporter();

    /** What the importer reads into the kit's campus: at least one record's worth. */
    protected abstract byte[] sample();

    /** What the importer must refuse whole: good rows and, after them, at least one bad one. */
    protected abstract byte[] malformed();

    /** Adds what the importer matches against to the kit's campus; nothing by default. */
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
    @DisplayName("declared: a stable id and names in Chinese and English")
    final void declared() {
        Importer importer = newImporter();
        String undeclared = KitCampus.undeclared(importer.id(), importer.name());
        if (undeclared != null) {
            throw broken("declared", undeclared, String.valueOf(importer.id()));
        }
    }

    @Test
    @DisplayName("imports: the sample writes records, as many as the importer says, and every chain verifies")
    final void imports() throws IOException {
        Importer importer = newImporter();
        int before = ledgerSize();
        int said;
        try {
            said = importer.importFrom(new ByteArrayInputStream(sample()), campus());
        } catch (RuntimeException refused) {
            throw broken("imports", "refused", String.valueOf(refused.getMessage()));
        }
        int gained = ledgerSize() - before;
        if (gained <= 0) {
            throw broken("imports", "nothing");
        }
        if (said != gained) {
            throw broken("imports", "count", said, gained);
        }
        if (!campus().verify().ok()) {
            throw broken("imports", "chain", String.valueOf(campus().verify()));
        }
    }

    @Test
    @DisplayName("all or nothing: a malformed input is refused with the library's exception and writes nothing")
    final void allOrNothing() throws IOException {
        Importer importer = newImporter();
        int before = ledgerSize();
        try {
            int said = importer.importFrom(new ByteArrayInputStream(malformed()), campus());
            throw broken("all", "accepted", said);
        } catch (YibanException refused) {
            if (refused.message(MessageBundle.ZH).isBlank() || refused.message(MessageBundle.EN).isBlank()) {
                throw broken("all", "unexplained", refused.code());
            }
        } catch (RuntimeException other) {
            throw broken("all", "thrown", other.getClass().getName(), String.valueOf(other.getMessage()));
        }
        int gained = ledgerSize() - before;
        if (gained != 0) {
            throw broken("all", "written", gained);
        }
    }

    private int ledgerSize() {
        List<StoredRecord> records = Records.all(WritableLedger.of(campus().core().ledger()).store());
        return records.size();
    }

    private static AssertionFailedError broken(String contract, String key, Object... args) {
        return Contract.violation("contract.importer." + contract, Contract.text("importer." + contract + "." + key, args));
    }
}
