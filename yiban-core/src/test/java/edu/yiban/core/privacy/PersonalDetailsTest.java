package edu.yiban.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.fixtures.PrivacyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PersonalDetailsTest {
    /** A worked example of GB 11643's check character. */
    private static final String ID = "11010519491231002X";

    @Example
    void theCheckCharacterIsTheWeightedSumModuloEleven() {
        // 1×7 + 1×9 + 0×10 + 1×5 + 0×8 + 5×4 + 1×2 + 9×1 + 4×6 + 9×3 + 1×7 + 2×9 + 3×10 + 1×5 + 0×8 + 0×4 + 2×2 = 167;
        // 167 mod 11 = 2, and "10X98765432".charAt(2) = 'X'
        assertThat(PersonalDetails.checkCharacter(ID)).isEqualTo('X');
    }

    @Example
    void validDetailsAreKeptAndALowerCaseXIsReadAsX() {
        PersonalDetails details = PersonalDetails.builder().mobile("13812345678").residentId("11010519491231002x")
                .email("liming@example.edu.cn").address("海南省海口市美兰区人民大道58号").build();

        assertThat(details.residentId()).hasValue(ID);
        assertThat(details.mobile()).hasValue("13812345678");
    }

    @Example
    void everyPartAtFaultIsNamedAndNoWholeNumberIsQuoted() {
        String wrongCheck = "110105194912310021";

        assertThatThrownBy(() -> PersonalDetails.builder().mobile("12812345678").residentId(wrongCheck).email("li@").address(" ").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("YB-CORE-INVALID");
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("mobile", "residentId", "email", "address");
                    assertThat(e.violations().get(1).zh()).isEqualTo("居民身份证号 110105********0021：校验码与前 17 位不符（GB 11643）");
                    assertThat(e.violations().get(1).en())
                            .isEqualTo("resident ID number 110105********0021: the check character does not match the first 17 digits (GB 11643)");
                    assertThat(e.violations().get(0).zh()).startsWith("手机号码应为 11 位中国大陆手机号码");
                    assertThat(e.getMessage()).doesNotContain(wrongCheck).doesNotContain("12812345678");
                });
    }

    @Example
    void anIdNumberWithoutADateOfBirthIsRefused() {
        assertThatThrownBy(() -> PersonalDetails.builder().residentId("110105194913310021").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo("personal.residentId.birth");
                            assertThat(v.en()).contains("110105********0021");
                        }));
    }

    @Example
    void printingDetailsShowsThemMasked() {
        PersonalDetails details = PersonalDetails.builder().mobile("13812345678").residentId(ID).build();

        assertThat(details).hasToString("PersonalDetails[mobile=138****5678, residentId=110105********002X]");
    }

    @Property(tries = 300)
    void everyGeneratedIdNumberIsAccepted(@ForAll("residentIds") String id) {
        assertThat(PersonalDetails.builder().residentId(id).build().residentId()).hasValue(id);
    }

    @Property(tries = 500)
    void changingAnyOneDigitOfAnIdNumberIsFound(@ForAll("residentIds") String id, @ForAll @IntRange(min = 14, max = 16) int at,
            @ForAll @IntRange(min = 1, max = 9) int by) {
        // a changed digit of the sequence (the date must stay a date): MOD 11-2 finds every single substitution
        char changed = (char) ('0' + (id.charAt(at) - '0' + by) % 10);
        String wrong = id.substring(0, at) + changed + id.substring(at + 1);

        assertThatThrownBy(() -> PersonalDetails.builder().residentId(wrong).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("personal.residentId.check"));
    }

    @Provide
    Arbitrary<String> residentIds() {
        return PrivacyArbitraries.residentIds();
    }
}
