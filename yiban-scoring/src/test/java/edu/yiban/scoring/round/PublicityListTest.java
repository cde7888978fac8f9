package edu.yiban.scoring.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.privacy.NameMasking;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public list of a round (公示名单): 李明, 王芳 and 赵磊 of {@link RoundCampus}, their names masked as the campus chooses. */
class PublicityListTest {

    @Test
    void namesOnThePublicListAreMaskedAfterTheSurnameByDefault() {
        RoundCampus campus = RoundCampus.computed();
        campus.rounds.publicise(RoundCampus.ROUND, LocalDate.of(2023, 2, 20), Campus.COUNSELLOR);

        PublicityList list = campus.rounds.publicityList(RoundCampus.ROUND);

        assertThat(list.names()).isEqualTo(NameMasking.SURNAME_ONLY);
        assertThat(list.rows()).extracting(PublicityList.Row::subject, PublicityList.Row::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2022010101", "李*"), org.assertj.core.groups.Tuple.tuple("2022010102", "王*"),
                        org.assertj.core.groups.Tuple.tuple("2022020101", "赵*"));
        assertThat(list.rows()).extracting(PublicityList.Row::name).doesNotContain("李明", "王芳", "赵磊");
        assertThat(list.publicity()).isPresent();
        Round round = campus.rounds.round(RoundCampus.ROUND).orElseThrow();
        assertThat(list.sha256()).isEqualTo(round.current().orElseThrow().sha256());
        assertThat(list.rows().get(0).total()).isEqualTo(round.current().orElseThrow().results().result("2022010101").orElseThrow().total());
    }

    @Test
    void aCampusChoosesHowNamesShow() {
        RoundCampus campus = RoundCampus.computed();
        Round round = campus.rounds.round(RoundCampus.ROUND).orElseThrow();

        assertThat(PublicityList.of(round, campus.core.directory(), NameMasking.FULL).rows())
                .extracting(PublicityList.Row::name).containsExactly("李明", "王芳", "赵磊");
        assertThat(PublicityList.of(round, campus.core.directory(), NameMasking.HIDDEN).rows())
                .extracting(PublicityList.Row::name).containsExactly("**", "**", "**");
        assertThat(RoundPolicy.seed().withPublicNames(NameMasking.HIDDEN).publicNames()).isEqualTo(NameMasking.HIDDEN);
    }

    @Test
    void aRoundWithoutResultsHasNoList() {
        RoundCampus campus = RoundCampus.create();
        campus.rounds.draft(RoundCampus.DRAFT, Campus.COUNSELLOR);

        assertThatThrownBy(() -> campus.rounds.publicityList(RoundCampus.ROUND))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().key()).isEqualTo("round.list.uncomputed"));
        assertThat(List.of(campus.rounds.version(RoundCampus.ROUND))).containsExactly(1L);
    }
}
