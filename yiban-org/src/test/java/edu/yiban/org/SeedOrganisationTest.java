package edu.yiban.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedOrganisationTest {
    @Test
    void theSeedsOrganisationBuiltFromTheDefaultPresetValidatesClean() {
        SeedCampus seed = SeedCampus.build();

        assertThat(seed.tree.validate(SeedCampus.DAY)).isEmpty();
        assertThat(seed.core.verify().ok()).isTrue();
    }
}
