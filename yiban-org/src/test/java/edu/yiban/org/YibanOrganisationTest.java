package edu.yiban.org;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.YibanCore;
import edu.yiban.org.budget.Money;
import edu.yiban.org.plan.PhaseId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The organisation runs by its presets: the seed's charter, plan, budget and recruitment unless replaced. */
class YibanOrganisationTest {
    @Test
    void theSeedPresetsGiveTheSeedsPlanBudgetAndCharter() {
        YibanOrganisation organisation = YibanOrganisation.builder(YibanCore.builder().build()).presets(OrgPresets.seed()).build();

        assertThat(organisation.plan().phaseOn(LocalDate.of(2022, 8, 15))).hasValueSatisfying(p ->
                assertThat(p.phase().id()).isEqualTo(PhaseId.of("promotion")));
        assertThat(organisation.budget().preset().yearlyTotal()).isEqualTo(Money.of("400000"));
        assertThat(organisation.budget().preset().categories()).hasSize(9);
        assertThat(organisation.tree().charter().id()).isEqualTo("qiongtai-2022");
        assertThat(organisation.recruitment().preset()).isEqualTo(organisation.presets().recruitment());
    }
}
