package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.YibanCore;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.privacy.DetailsState;
import edu.yiban.core.privacy.PersonalDetails;
import edu.yiban.core.privacy.SubjectKey;
import edu.yiban.core.privacy.SubjectKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The subjects' keys in the store's own table, on H2, PostgreSQL and MariaDB: shared by every store over the database. */
class SubjectKeysInDatabaseTest {
    private static final PersonId LI = PersonId.of(Campus.LI_MING.value());

    static List<TestDatabase> databases() {
        return TestDatabase.each();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aKeyIsKeptInTheDatabaseAndDestroyedThere(TestDatabase database) throws Exception {
        try (JdbcLedgerStore store = database.open(); JdbcLedgerStore other = database.open()) {
            SubjectKey key = store.subjectKeys().create(LI);
            SubjectKey second = store.subjectKeys().create(LI);

            assertThat(other.subjectKeys().get(LI, key.id())).hasValue(key);
            assertThat(database.number("SELECT COUNT(*) FROM yiban_subject_key")).isEqualTo(2);

            assertThat(other.subjectKeys().destroy(LI)).isEqualTo(2);

            assertThat(store.subjectKeys().get(LI, key.id())).isEmpty();
            assertThat(store.subjectKeys().get(LI, second.id())).isEmpty();
            assertThat(database.number("SELECT COUNT(*) FROM yiban_subject_key")).isZero();
            assertThat(store.subjectKeys().destroy(LI)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void detailsSealedOverADatabaseReadBackAfterAReopenAndAreUnreadableOnceErased(TestDatabase database) {
        PersonalDetails details = PersonalDetails.builder().mobile("13812345678").residentId("11010519491231002X").build();
        JdbcLedgerStore first = database.open();
        try (YibanCore core = YibanCore.builder().store(first).clock(Campus.clock()).subjectKeys(first.subjectKeys()).build()) {
            Campus.fill(core.directory());
            core.personalData().record(LI, details);
        }
        JdbcLedgerStore second = database.open();
        SubjectKeys keys = second.subjectKeys();
        try (YibanCore core = YibanCore.builder().store(second).clock(Campus.clock()).subjectKeys(keys).build()) {
            assertThat(core.personalData().details(LI).orElseThrow().details()).hasValue(details);

            core.personalData().erase(LI);

            assertThat(core.personalData().details(LI).orElseThrow().state()).isEqualTo(DetailsState.ERASED);
            StoredRecord sealed = core.ledger().read(StreamId.of("personal"), 1).get(0);
            assertThat(new String(sealed.payload(), StandardCharsets.UTF_8)).doesNotContain("13812345678", "19491231");
            assertThat(core.verify().ok()).isTrue();
            assertThat(keys.destroy(LI)).as("no key of his left in the table").isZero();
        }
    }
}
