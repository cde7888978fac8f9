package edu.yiban.sdk.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.sdk.Yiban;
import org.junit.jupiter.api.Test;

class YibanModuleTest {
    @Test
    void theModuleBindsOneRuntimeAndItsParts() {
        Injector injector = Guice.createInjector(new YibanModule(() -> Yiban.builder().clock(Campus.clock())));
        try (Yiban yiban = injector.getInstance(Yiban.class)) {
            Campus.fill(injector.getInstance(CampusDirectory.class));

            assertThat(injector.getInstance(Yiban.class)).isSameAs(yiban);
            assertThat(injector.getInstance(CampusDirectory.class)).isSameAs(yiban.campus());
            assertThat(injector.getInstance(GrowthArchives.class)).isSameAs(yiban.archives());
            assertThat(injector.getInstance(YibanScoring.class)).isSameAs(yiban.scoring());
            assertThat(yiban.campus().students()).hasSize(3);
        }
    }
}
