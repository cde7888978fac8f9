package edu.yiban.org.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.org.tree.Position;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The recruitment preset is JSON a campus replaces; a bad one is refused by path, in both languages. */
class RecruitmentPresetTest {

    @Test
    void theSeedPresetIsOneSureSeatPerCollegeTurnsByRankAndAtMostFourTerms() {
        RecruitmentPreset seed = RecruitmentPreset.seed();

        assertThat(seed.id()).isEqualTo("qiongtai-2022-station");
        assertThat(seed.position()).isEqualTo(Position.MEMBER);
        assertThat(seed.targetSize()).isEmpty();
        assertThat(seed.minPerCollege()).isEqualTo(1);
        assertThat(seed.maxPerCollege()).isEmpty();
        assertThat(seed.maxTermsServed()).hasValue(4);
    }

    @Test
    void fieldsLeftOutTakeTheirDefaults() {
        RecruitmentPreset minimal = read("{\"id\":\"x\",\"name\":{\"zh\":\"某校\",\"en\":\"some school\"}}");

        assertThat(minimal.position()).isEqualTo(Position.MEMBER);
        assertThat(minimal.minPerCollege()).isEqualTo(1);
        assertThat(minimal.targetSize()).isEmpty();
        assertThat(minimal.maxTermsServed()).isEmpty();
    }

    @Test
    void aNegativeNumberOfSureSeatsIsRefusedByItsPath() {
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"name\":{\"zh\":\"某校\",\"en\":\"some school\"},\"minPerCollege\":-1,\"targetSize\":0}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("minPerCollege", "targetSize"));
    }

    @Test
    void aCollegeCapBelowTheSureSeatsIsRefused() {
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"name\":{\"zh\":\"某校\",\"en\":\"some school\"},\"minPerCollege\":2,\"maxPerCollege\":1}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("maxPerCollege");
                    assertThat(v.zh()).isEqualTo("单个学院名额上限 1 小于每个学院的保底名额 2");
                }));
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> read("{\"id\":\"x\",\"name\":{\"zh\":\"某校\",\"en\":\"some school\"},\"quota\":3}"))
                .isInstanceOf(InvalidInputException.class);
    }

    private static RecruitmentPreset read(String json) {
        return RecruitmentPreset.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
