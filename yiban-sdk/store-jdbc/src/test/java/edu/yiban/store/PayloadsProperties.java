package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A payload's compact form in its row gives back the payload's exact bytes, whatever they are. */
class PayloadsProperties {

    @Property(tries = 2_000)
    void anyBytesComeBackExactly(@ForAll byte[] payload) {
        assertThat(Payloads.decode(Payloads.encode(payload))).isEqualTo(payload);
    }

    @Property(tries = 2_000)
    void textMadeOfTokensAndLettersComesBackExactly(@ForAll("tokenText") String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] column = Payloads.encode(payload);

        assertThat(Payloads.decode(column)).isEqualTo(payload);
        assertThat(column.length).isLessThanOrEqualTo(payload.length + 1);
    }

    @Provide
    Arbitrary<String> tokenText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(Payloads.TOKENS).map(Payloads.Token::text),
                Arbitraries.of(Payloads.TOKENS).map(token -> token.text().substring(0, Math.max(1, token.text().length() / 2))),
                Arbitraries.strings().withChars("\"{}[],:-0123456789adeiopstuvyAEILNOPSTU志愿服务档案é🎓").ofMaxLength(6));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    /**
     * An archive entry as the library writes it: 233 bytes kept in 66 = the form byte + 10 codes (the start, ":", the
     * keys category, date with "20", recordedBy, source, term with "20", title, the family's visibility, and the source
     * yiban) + 55 literal bytes ("rating 7, 82" 3, peer-rating 11, 24-01-04 8, T1006 5, 23-2024-1 9, 民主评议 12).
     */
    @Example
    void anArchiveEntryIsKeptInLessThanAThirdOfItsBytes() {
        byte[] entry = ("{\"entry\":{\"attributes\":{\"rating\":\"82\"},\"category\":\"peer-rating\",\"date\":\"2024-01-04\","
                + "\"recordedBy\":\"T1006\",\"source\":\"yiban\",\"term\":\"2023-2024-1\",\"title\":\"民主评议\","
                + "\"visibility\":[\"STUDENT\",\"PARENT\",\"COUNSELLOR\",\"COLLEGE\",\"SCHOOL\"]}}").getBytes(StandardCharsets.UTF_8);
        byte[] column = Payloads.encode(entry);

        assertThat(column[0]).isEqualTo(Payloads.SUBSTITUTED);
        assertThat(Payloads.decode(column)).isEqualTo(entry);
        assertThat(entry.length).isEqualTo(233);
        assertThat(column.length).isEqualTo(66);
    }

    @Example
    void aPayloadThatIsNotTextIsKeptAsGiven() {
        byte[] binary = {0x7B, 0x00, (byte) 0xFF, 0x22};

        assertThat(Payloads.encode(binary)).containsExactly(0, 0x7B, 0x00, 0xFF, 0x22);
        assertThat(Payloads.encode(new byte[0])).containsExactly(0);
    }

    @Example
    void aColumnOfAnUnknownFormIsRefused() {
        assertThatThrownBy(() -> Payloads.decode(new byte[] {2, 'x'})).hasMessageContaining("form 2");
        assertThatThrownBy(() -> Payloads.decode(new byte[0])).hasMessageContaining("empty");
    }

    @Example
    void everyCodeIsACodeByteAndUsedOnce() {
        List<Integer> codes = Payloads.TOKENS.stream().map(Payloads.Token::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(Payloads::isCode).hasSize(43);
    }
}
