package edu.yiban.sdk.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.space.Spaces;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.Setting;
import edu.yiban.sdk.plugin.YibanPlugin;
import jakarta.validation.constraints.Min;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
            assertThat(injector.getInstance(Spaces.class)).isSameAs(yiban.spaces());
            assertThat(injector.getInstance(YibanOrganisation.class)).isSameAs(yiban.organisation());
            assertThat(injector.getInstance(YibanScoring.class)).isSameAs(yiban.scoring());
            assertThat(injector.getInstance(Ledger.class)).isSameAs(yiban.core().ledger());
            assertThat(yiban.campus().students()).hasSize(3);
        }
    }

    @Test
    void aLazyModuleBuildsTheRuntimeAtFirstUseNotWhenTheInjectorIsCreated() {
        AtomicInteger asked = new AtomicInteger();
        YibanModule module = new YibanModule(() -> {
            asked.incrementAndGet();
            return Yiban.builder();
        });
        Injector injector = Guice.createInjector(module);
        assertThat(asked).hasValue(0);
        assertThat(module.isEager()).isFalse();
        assertThat(module.runtime()).isEmpty();

        try (Yiban yiban = injector.getInstance(Yiban.class)) {
            assertThat(injector.getInstance(CampusDirectory.class)).isSameAs(yiban.campus());
            assertThat(asked).hasValue(1);
        }
    }

    @Test
    void aLazyModuleHidesABadSettingInAProvisionExceptionAtFirstUse() {
        Injector injector = Guice.createInjector(new YibanModule(YibanModuleTest::badlyConfigured));

        assertThatThrownBy(() -> injector.getInstance(CampusDirectory.class))
                .isInstanceOf(ProvisionException.class)
                .hasRootCauseInstanceOf(PluginException.class);
    }

    @Test
    void anEagerModuleThrowsABadSettingAsTheLibrarysOwnExceptionBeforeAnyInjectorExists() {
        assertThatThrownBy(() -> Guice.createInjector(YibanModule.eager(YibanModuleTest::badlyConfigured)))
                .isExactlyInstanceOf(PluginException.class)
                .satisfies(thrown -> {
                    PluginException e = (PluginException) thrown;
                    assertThat(e.pluginId()).isEqualTo("quota");
                    assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_INVALID);
                    assertThat(e.message(MessageBundle.EN)).contains("plugins.quota.perClass");
                    assertThat(e.message(MessageBundle.ZH)).contains("plugins.quota.perClass").contains("插件 quota");
                });
    }

    @Test
    void anEagerModuleBindsTheRuntimeItStartedAndItsParts() {
        YibanModule module = YibanModule.eager(() -> Yiban.builder().clock(Campus.clock())
                .plugin(new Quota()).config(Map.of("plugins.quota.perClass", "3")));
        assertThat(module.isEager()).isTrue();
        try (Yiban started = module.runtime().orElseThrow()) {
            Injector injector = Guice.createInjector(module);

            assertThat(injector.getInstance(Yiban.class)).isSameAs(started);
            assertThat(injector.getInstance(CampusDirectory.class)).isSameAs(started.campus());
            assertThat(injector.getInstance(YibanScoring.class)).isSameAs(started.scoring());
            assertThat(started.plugins()).extracting(p -> p.id()).contains("quota");
        }
    }

    private static Yiban.Builder badlyConfigured() {
        // perClass must be at least 1
        return Yiban.builder().plugin(new Quota()).config(Map.of("plugins.quota.perClass", "0"));
    }

    /** A plugin with one checked setting. */
    public record QuotaSettings(@Setting(zh = "每班名额", en = "places per class") @Min(1) int perClass) {
    }

    private static final class Quota implements YibanPlugin {
        @Override
        public String id() {
            return "quota";
        }

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public Class<? extends Record> settings() {
            return QuotaSettings.class;
        }
    }
}
