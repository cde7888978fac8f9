package edu.yiban.scoring.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.access.AccessDeniedException;
import edu.yiban.core.access.Actor;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Who may take a round's steps under the seed's policy: a student appeals their own result and nobody else's, a
 * counsellor (not an office of the college or the school) neither runs a round nor rules on an appeal, and each
 * refusal writes nothing.
 */
class RoundAccessTest {
    private static final PersonId LI = PersonId.of(Campus.LI_MING.value());

    @Test
    void aStudentAppealsTheirOwnResultAndNotAClassmates() {
        RoundCampus campus = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 27));
        campus.on(2023, 2, 28);
        var access = campus.core.access();
        long before = campus.rounds.round(RoundCampus.ROUND).orElseThrow().unanswered().size();

        // 李明, signed in, files an appeal in 王芳's name about her result
        PersonId wang = PersonId.of(Campus.WANG_FANG.value());
        assertThatThrownBy(() -> access.actingAs(Actor.of(LI), () -> campus.rounds.appeal(RoundCampus.ROUND,
                AppealRequest.of(Campus.WANG_FANG.value(), "她的成绩有误"), wang)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.message(MessageBundle.EN))
                        .isEqualTo("person 2022010101 may not appeal a result in the name of 2022010102 (student 2022010102)"));
        // a teacher of the college, who neither is the student nor runs rounds, may not appeal for them either
        assertThatThrownBy(() -> access.actingAs(Actor.of(Campus.TEACHER), () -> campus.rounds.appeal(RoundCampus.ROUND,
                AppealRequest.of(Campus.WANG_FANG.value(), "成绩有误"), Campus.TEACHER)))
                .isInstanceOf(RuntimeException.class);
        assertThat(campus.rounds.round(RoundCampus.ROUND).orElseThrow().unanswered()).hasSize((int) before);

        Appeal own = access.actingAs(Actor.of(LI), () -> campus.rounds.appeal(RoundCampus.ROUND,
                AppealRequest.of(Campus.LI_MING.value(), "本人排名请复核"), LI));
        assertThat(own.number()).isEqualTo(1);
        assertThat(campus.core.audit().about(Campus.LI_MING)).isNotEmpty();
    }

    @Test
    void aCounsellorNeitherRunsARoundNorRulesOnAnAppeal() {
        RoundCampus campus = RoundCampus.computed();
        var access = campus.core.access();
        assertThatThrownBy(() -> access.actingAs(Actor.of(Campus.COUNSELLOR),
                () -> campus.rounds.publicise(RoundCampus.ROUND, LocalDate.of(2023, 2, 27), Campus.COUNSELLOR)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("组织测评");
        assertThat(campus.rounds.round(RoundCampus.ROUND).orElseThrow().state()).isEqualTo(RoundState.COMPUTED);
    }
}
