package edu.yiban.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.PrivacyArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaskingProperties {

    @Example
    void theDocumentedExamples() {
        assertThat(Masking.residentId("11010119900307123X")).isEqualTo("110101********123X");
        assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.email("zhangsan@pku.edu.cn")).isEqualTo("z*******@pku.edu.cn");
        assertThat(Masking.address("北京市海淀区颐和园路5号")).isEqualTo("北京市海淀区******");
        assertThat(NameMasking.SURNAME_ONLY.apply("张小明")).isEqualTo("张*明");
        assertThat(NameMasking.SURNAME_ONLY.apply("张三")).isEqualTo("张*");
        assertThat(NameMasking.HIDDEN.apply("李明")).isEqualTo("**");
        assertThat(NameMasking.FULL.apply("李明")).isEqualTo("李明");
    }

    @Example
    void compoundSurnamesAreKeptWhole() {
        assertThat(NameMasking.SURNAME_ONLY.apply("欧阳明")).isEqualTo("欧阳*");
        assertThat(NameMasking.SURNAME_ONLY.apply("欧阳小明")).isEqualTo("欧阳*明");
        assertThat(NameMasking.SURNAME_ONLY.apply("司马相如")).isEqualTo("司马*如");
        // two characters are always surname and given name, even when they would make a compound surname
        assertThat(NameMasking.SURNAME_ONLY.apply("欧阳")).isEqualTo("欧*");
        // not a compound surname: 张 alone, the rest given name
        assertThat(NameMasking.SURNAME_ONLY.apply("张王小明")).isEqualTo("张**明");
    }

    @Example
    void namesInPartsKeepTheFirstPartAndTheSeparators() {
        assertThat(NameMasking.SURNAME_ONLY.apply("买买提·艾力")).isEqualTo("买买提·**");
        assertThat(NameMasking.SURNAME_ONLY.apply("Li Ming")).isEqualTo("Li ****");
        assertThat(NameMasking.SURNAME_ONLY.apply("李")).isEqualTo("李");
    }

    @Example
    void aValueTooShortForItsRuleIsMaskedWhole() {
        assertThat(Masking.residentId("1234567890")).isEqualTo("**********");
        assertThat(Masking.mobile("1381234")).isEqualTo("*******");
    }

    @Property(tries = 500)
    void anIdNumberShowsOnlyItsFirstSixAndLastFour(@ForAll("residentIds") String id) {
        String masked = Masking.residentId(id);

        assertThat(masked).hasSameSizeAs(id).startsWith(id.substring(0, 6)).endsWith(id.substring(14));
        assertThat(masked.substring(6, 14)).isEqualTo("********");
        assertThat(masked).doesNotContain(id.substring(6, 14)); // the date of birth and sequence
        assertThat(Masking.residentId(masked)).isEqualTo(masked);
    }

    @Property(tries = 500)
    void aMobileNumberShowsOnlyItsFirstThreeAndLastFour(@ForAll("mobiles") String mobile) {
        String masked = Masking.mobile(mobile);

        assertThat(masked).hasSize(11).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(Masking.mobile(masked)).isEqualTo(masked);
    }

    @Property(tries = 300)
    void anEmailKeepsItsFirstCharacterAndDomain(@ForAll("emails") String email) {
        String masked = Masking.email(email);
        int at = email.indexOf('@');

        // a one-character name is masked whole: keeping it would hide nothing
        String kept = at == 1 ? "*" : email.substring(0, 1);
        assertThat(masked).hasSameSizeAs(email).startsWith(kept).endsWith(email.substring(at));
        assertThat(masked.substring(1, at)).matches("\\**");
        assertThat(Masking.email(masked)).isEqualTo(masked);
    }

    @Property(tries = 1000)
    void aMaskedNameKeepsItsLengthAndSurnameAndMasksTheRest(@ForAll("names") String name, @ForAll NameMasking choice) {
        String masked = Masking.name(name, choice);

        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(name.codePointCount(0, name.length()));
        assertThat(Masking.name(masked, choice)).as("masking twice").isEqualTo(masked);
        switch (choice) {
            case FULL -> assertThat(masked).isEqualTo(name);
            case HIDDEN -> assertThat(masked).matches("\\*+");
            case SURNAME_ONLY -> {
                int surname = name.length() > 2 && Masking.COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
                assertThat(masked).startsWith(name.substring(0, surname));
                int given = name.length() - surname;
                // every hidden character is a '*': all of a one-character given name, all but the last of a longer one
                int hiddenTo = given >= 2 ? name.length() - 1 : name.length();
                assertThat(masked.substring(surname, hiddenTo)).matches("\\**");
                if (given >= 2) {
                    assertThat(masked).endsWith(name.substring(name.length() - 1));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> residentIds() {
        return PrivacyArbitraries.residentIds();
    }

    @Provide
    Arbitrary<String> mobiles() {
        return PrivacyArbitraries.mobiles();
    }

    @Provide
    Arbitrary<String> emails() {
        return PrivacyArbitraries.emails();
    }

    /** Chinese names of 2 to 4 characters, some with a compound surname. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> given = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> surname = Arbitraries.oneOf(Arbitraries.of("张", "王", "李", "赵", "陈", "刘"),
                Arbitraries.of(Masking.COMPOUND_SURNAMES));
        return Combinators.combine(surname, given).as(String::concat);
    }
}
