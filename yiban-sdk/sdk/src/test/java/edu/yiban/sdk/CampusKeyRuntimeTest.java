package edu.yiban.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.NoCampusKeyException;
import edu.yiban.core.ledger.SignedHeads;
import org.junit.jupiter.api.Test;

/** The runtime passes its campus key on to the core: it signs on demand with it, and refuses to sign without one. */
class CampusKeyRuntimeTest {
    @Test
    void aRuntimeWithACampusKeySignsItsHeadsOnDemand() {
        CampusKey key = CampusKey.generate();
        try (Yiban yiban = Yiban.builder().campusKey(key).build()) {
            SignedHeads signed = yiban.signHeads();

            assertThat(signed.keyId()).isEqualTo(key.id());
            assertThat(yiban.core().ledger().signatures()).containsExactly(signed);
            assertThat(yiban.core().ledger().verifyLatestSignature(key.publicKey()).ok()).isTrue();
        }
    }

    @Test
    void aRuntimeWithoutAKeyRefusesToSign() {
        try (Yiban yiban = Yiban.builder().build()) {
            assertThatThrownBy(yiban::signHeads).isInstanceOfSatisfying(NoCampusKeyException.class,
                    e -> assertThat(e.getMessage()).startsWith("[YB-LEDGER-NO-KEY] 未配置校园密钥").contains("no campus key is configured"));
            assertThat(yiban.core().ledger().signatures()).isEmpty();
        }
    }
}
