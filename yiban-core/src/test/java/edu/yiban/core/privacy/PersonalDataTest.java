package edu.yiban.core.privacy;

import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.fixtures.SettableClock;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataTest {
    private static final PersonId LI = PersonId.of(LI_MING.value());
    private static final PersonId WANG = PersonId.of(WANG_FANG.value());
    private static final String MOBILE = "13812345678";
    private static final String ID = "11010519491231002X";
    private static final PersonalDetails DETAILS = PersonalDetails.builder().mobile(MOBILE).residentId(ID)
            .email("liming@example.edu.cn").address("海南省海口市美兰区人民大道58号").build();

    private final SettableClock clock = new SettableClock(LocalDate.of(2022, 9, 1));
    private final LedgerStore store = LedgerStore.inMemory();
    private final SubjectKeys keys = SubjectKeys.inMemory();

    private YibanCore open() {
        YibanCore core = YibanCore.builder().store(store).clock(clock).subjectKeys(keys).build();
        if (core.directory().colleges().isEmpty()) {
            Campus.fill(core.directory());
        }
        return core;
    }

    private List<StoredRecord> personalStream(YibanCore core) {
        return core.ledger().read(StreamId.of("personal"), 1);
    }

    @Test
    void recordedDetailsReadBackUnsealed() {
        try (YibanCore core = open()) {
            core.personalData().record(LI, DETAILS);

            assertThat(core.personalData().details(LI)).hasValueSatisfying(d -> {
                assertThat(d.state()).isEqualTo(DetailsState.PRESENT);
                assertThat(d.details()).hasValue(DETAILS);
            });
            assertThat(core.personalData().details(WANG)).isEmpty();
        }
    }

    @Test
    void theLedgerHoldsOnlyCiphertextNonceAndKeyId() {
        try (YibanCore core = open()) {
            core.personalData().record(LI, DETAILS);

            StoredRecord sealed = personalStream(core).get(0);
            String payload = new String(sealed.payload(), StandardCharsets.UTF_8);
            assertThat(sealed.type()).isEqualTo("personal.details-sealed");
            assertThat(payload).contains("\"ciphertext\":", "\"nonce\":", "\"keyId\":", "\"person\":\"2022010101\"", "AES-256-GCM");
            assertThat(payload).doesNotContain(MOBILE, ID, ID.substring(6, 14), MOBILE.substring(3), "liming", "example", "海口", "mobile");
        }
    }

    @Test
    void erasureDestroysTheKeyReadsSayErasedAndWhenAndTheChainStillVerifies() {
        try (YibanCore core = open()) {
            core.personalData().record(LI, DETAILS);
            core.personalData().record(WANG, PersonalDetails.builder().mobile("13900001111").build());
            byte[] ciphertextBefore = personalStream(core).get(0).payload();
            clock.set(LocalDate.of(2026, 12, 8));

            StoredDetails erased = core.personalData().erase(LI);

            Instant at = LocalDate.of(2026, 12, 8).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
            assertThat(erased.state()).isEqualTo(DetailsState.ERASED);
            assertThat(erased.erasedAt()).hasValue(at);
            assertThat(erased.reason()).hasValue(ErasureReason.SUBJECT_REQUEST);
            assertThat(core.personalData().details(LI)).hasValue(erased);
            assertThat(erased.describe().zh()).isEqualTo("2022010101 的个人信息已于 2026-12-08T10:00:00Z 删除（本人申请）；密钥已销毁，账本中留存的密文无法读取");
            assertThat(erased.describe().en()).startsWith("the personal details of 2022010101 were erased at 2026-12-08T10:00:00Z (at the subject's request)");
            // the ciphertext is still in the ledger, unchanged, and the chain verifies
            assertThat(personalStream(core).get(0).payload()).isEqualTo(ciphertextBefore);
            assertThat(personalStream(core)).extracting(StoredRecord::type)
                    .containsExactly("personal.details-sealed", "personal.details-sealed", "personal.details-erased");
            assertThat(core.verify().ok()).isTrue();
            // the key is gone from the key store; the other person's details are untouched
            assertThat(keys.destroy(LI)).isZero();
            assertThat(core.personalData().details(WANG).orElseThrow().details().orElseThrow().mobile()).hasValue("13900001111");
        }
    }

    @Test
    void erasureHoldsAcrossAReopenOfTheStore() {
        YibanCore core = open(); // left open: closing a core closes its store, which the second core reads
        core.personalData().record(LI, DETAILS);
        core.personalData().erase(LI);
        try (YibanCore again = open()) {
            assertThat(again.personalData().details(LI)).hasValueSatisfying(d -> assertThat(d.erased()).isTrue());
            assertThat(again.verify().ok()).isTrue();
        }
    }

    @Test
    void erasingTwiceAnswersAsBeforeAndWritesNothingMore() {
        try (YibanCore core = open()) {
            core.personalData().record(LI, DETAILS);
            StoredDetails first = core.personalData().erase(LI);
            long version = core.personalData().version();

            assertThat(core.personalData().erase(LI)).isEqualTo(first);
            assertThat(core.personalData().version()).isEqualTo(version);
        }
    }

    @Test
    void detailsRecordedAfterAnErasureAreSealedUnderANewKey() {
        try (YibanCore core = open()) {
            core.personalData().record(LI, DETAILS);
            core.personalData().erase(LI);

            core.personalData().record(LI, PersonalDetails.builder().email("new@example.cn").build());

            assertThat(core.personalData().details(LI).orElseThrow().details().orElseThrow().email()).hasValue("new@example.cn");
            List<StoredRecord> records = personalStream(core);
            String first = new String(records.get(0).payload(), StandardCharsets.UTF_8);
            String last = new String(records.get(2).payload(), StandardCharsets.UTF_8);
            assertThat(keyId(first)).isNotEqualTo(keyId(last));
        }
    }

    @Test
    void detailsWhoseKeyIsLostSayTheKeyIsMissing() {
        YibanCore core = open(); // left open: closing a core closes its store, which the second core reads
        core.personalData().record(LI, DETAILS);
        try (YibanCore again = YibanCore.builder().store(store).clock(clock).build()) { // keys in a new memory
            assertThat(again.personalData().details(LI)).hasValueSatisfying(d -> {
                assertThat(d.state()).isEqualTo(DetailsState.KEY_MISSING);
                assertThat(d.describe().en()).contains("their key is missing");
            });
        }
    }

    @Test
    void anUnknownPersonOrOneWithoutDetailsIsRefused() {
        try (YibanCore core = open()) {
            assertThatThrownBy(() -> core.personalData().record(PersonId.of("NOBODY"), DETAILS)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> core.personalData().erase(LI))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.text().zh()).isEqualTo("从未记录过 2022010101 的个人信息"));
            assertThat(core.personalData().version()).isZero();
        }
    }

    @Test
    void keysInADirectorySurviveAReopenAndAreDeletedOnErasure(@TempDir Path folder) throws Exception {
        SubjectKeys files = SubjectKeys.inDirectory(folder);
        YibanCore core = YibanCore.builder().store(store).clock(clock).subjectKeys(files).build(); // left open, as above
        Campus.fill(core.directory());
        core.personalData().record(LI, DETAILS);
        try (YibanCore again = YibanCore.builder().store(store).clock(clock).subjectKeys(SubjectKeys.inDirectory(folder)).build()) {
            assertThat(again.personalData().details(LI).orElseThrow().details()).hasValue(DETAILS);
            try (var in = Files.list(folder.resolve(LI.value()))) {
                assertThat(in.toList()).singleElement().satisfies(f -> assertThat(Files.size(f)).isEqualTo(SubjectKey.BYTES));
            }

            again.personalData().erase(LI);

            assertThat(folder.resolve(LI.value())).doesNotExist();
            assertThat(again.personalData().details(LI).orElseThrow().state()).isEqualTo(DetailsState.ERASED);
        }
    }

    @Test
    void aSubjectKeyNeverPrintsItsBytes() {
        SubjectKey key = SubjectKey.generate(LI);

        assertThat(key.toString()).isEqualTo("SubjectKey[2022010101, " + key.id() + "]");
        assertThat(key.id()).matches("[0-9a-f]{16}");
        assertThat(SubjectKey.of(LI, key.id(), key.material())).isEqualTo(key);
    }

    private static String keyId(String payload) {
        int at = payload.indexOf("\"keyId\":\"") + 9;
        return payload.substring(at, payload.indexOf('"', at));
    }
}
