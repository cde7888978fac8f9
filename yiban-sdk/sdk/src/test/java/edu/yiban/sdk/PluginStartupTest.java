package edu.yiban.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.plugin.Plugins;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every start-up problem with a plugin stops start-up with a message naming the plugin and the reason, in Chinese and English. */
class PluginStartupTest {

    private static PluginException refusal(Yiban.Builder builder) {
        try {
            builder.build().close();
        } catch (PluginException e) {
            return e;
        }
        throw new AssertionError("start-up was not refused");
    }

    @Test
    void twoPluginsWithOneIdStopStartUp() {
        PluginException e = refusal(Yiban.builder().plugins(List.of(
                new Plugins.Found(TestPlugins.named("campus-sync", "[0.1,1.0)"), "file:/opt/plugins/sync-1.jar"),
                new Plugins.Found(TestPlugins.named("campus-sync", "[0.1,1.0)"), "file:/opt/plugins/sync-2.jar"))));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.DUPLICATE_ID);
        assertThat(e.pluginId()).isEqualTo("campus-sync");
        assertThat(e.message(MessageBundle.ZH)).isEqualTo(
                "有两个插件的标识都是 campus-sync：一个来自 file:/opt/plugins/sync-1.jar，一个来自 file:/opt/plugins/sync-2.jar");
        assertThat(e.message(MessageBundle.EN)).isEqualTo(
                "two plugins have the id campus-sync: one from file:/opt/plugins/sync-1.jar, one from file:/opt/plugins/sync-2.jar");
    }

    @Test
    void aPluginNeedingAnotherSdkVersionStopsStartUp() {
        PluginException e = refusal(Yiban.builder().plugin(TestPlugins.named("future", "[2.0,3.0)")));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SDK_VERSION);
        assertThat(e.message(MessageBundle.ZH)).isEqualTo("插件 future 1.0.0 需要 SDK [2.0,3.0)，而当前 SDK 为 0.1.0");
        assertThat(e.message(MessageBundle.EN)).isEqualTo("plugin future 1.0.0 needs SDK [2.0,3.0), but this is SDK 0.1.0");
        assertThat(e.code()).isEqualTo("YB-SDK-PLUGIN");
    }

    @Test
    void aMissingRequiredSettingStopsStartUp() {
        Map<String, String> settings = new HashMap<>(TestPlugins.librarySettings());
        settings.remove("plugins.library.token");

        PluginException e = refusal(Yiban.builder().plugin(new TestPlugins.LibraryPlugin(s -> 1)).config(settings));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_MISSING);
        assertThat(e.pluginId()).isEqualTo("library");
        assertThat(e.message(MessageBundle.EN)).startsWith("plugin library: the setting plugins.library.token (access token) is missing");
        assertThat(e.message(MessageBundle.ZH)).startsWith("插件 library：缺少配置项 plugins.library.token（访问令牌 / access token）");
    }

    @Test
    void anInvalidSettingStopsStartUp() {
        Map<String, String> settings = new HashMap<>(TestPlugins.librarySettings());
        settings.put("plugins.library.pointsPerHour", "-2");

        PluginException e = refusal(Yiban.builder().plugin(new TestPlugins.LibraryPlugin(s -> 1)).config(settings));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_INVALID);
        assertThat(e.message(MessageBundle.EN)).contains("plugin library: the setting plugins.library.pointsPerHour (points per hour) is refused");
        assertThat(e.message(MessageBundle.ZH)).contains("插件 library：不接受配置项 plugins.library.pointsPerHour（每小时折算分值 / points per hour）的值");
    }

    @Test
    void aSettingThatCannotBeReadStopsStartUp() {
        Map<String, String> settings = new HashMap<>(TestPlugins.librarySettings());
        settings.put("plugins.library.pointsPerHour", "many");

        PluginException e = refusal(Yiban.builder().plugin(new TestPlugins.LibraryPlugin(s -> 1)).config(settings));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_INVALID);
        assertThat(e.message(MessageBundle.EN)).isEqualTo(
                "plugin library: the setting plugins.library.pointsPerHour (points per hour) cannot be read from \"many\": it must be a value of type Integer");
    }

    @Test
    void anUnknownSettingKeyStopsStartUp() {
        Map<String, String> settings = new HashMap<>(TestPlugins.librarySettings());
        settings.put("plugins.library.endpiont", "https://typo.example.edu");

        PluginException e = refusal(Yiban.builder().plugin(new TestPlugins.LibraryPlugin(s -> 1)).config(settings));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_UNKNOWN);
        assertThat(e.message(MessageBundle.EN)).isEqualTo("plugin library: it has no setting plugins.library.endpiont; its settings are "
                + "plugins.library.endpoint, plugins.library.pointsPerHour, plugins.library.token");
    }

    @Test
    void settingsOfAPluginThatIsNotLoadedStopStartUp() {
        PluginException e = refusal(Yiban.builder().config(Map.of("plugins.libary.token", "x")));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_UNKNOWN);
        assertThat(e.pluginId()).isEqualTo("libary");
    }

    @Test
    void anExtensionPointTwoPluginsClaimExclusivelyStopsStartUp() {
        YibanPlugin first = presetPlugin("first-rules");
        YibanPlugin second = presetPlugin("second-rules");

        PluginException e = refusal(Yiban.builder().plugin(first).plugin(second));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.EXCLUSIVE_CLAIM);
        assertThat(e.pluginId()).isEqualTo("second-rules");
        assertThat(e.message(MessageBundle.EN)).isEqualTo("plugin second-rules claims evaluation preset, which first-rules already holds; only one may");
        assertThat(e.message(MessageBundle.ZH)).isEqualTo("插件 second-rules 要占用 evaluation preset，但 first-rules 已占用；只能有一个");
    }

    @Test
    void aPluginStoreAndAnApplicationStoreCannotBothBeUsed() {
        YibanPlugin storage = new YibanPlugin() {
            public String id() {
                return "campus-store";
            }

            public String version() {
                return "1.0";
            }

            public void register(PluginContext context) {
                context.storage(LedgerStore::inMemory);
            }
        };

        PluginException e = refusal(Yiban.builder().plugin(storage).store(LedgerStore.inMemory()));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.EXCLUSIVE_CLAIM);
        assertThat(e.message(MessageBundle.EN)).isEqualTo("plugin campus-store claims storage, which the application already gives; only one may");
        assertThat(e.message(MessageBundle.ZH)).isEqualTo("插件 campus-store 要占用 storage，但应用已自行提供；只能有一个");
    }

    @Test
    void anApplicationSystemAndAPluginPresetCannotBothBeUsed() {
        PluginException e = refusal(Yiban.builder().plugin(presetPlugin("campus-rules"))
                .studentSystem(edu.yiban.scoring.student.StudentEvaluation.defaultSystem()));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.EXCLUSIVE_CLAIM);
        assertThat(e.message(MessageBundle.EN)).isEqualTo(
                "plugin campus-rules claims evaluation preset, which the application already gives; only one may");
    }

    @Test
    void aMalformedIdStopsStartUp() {
        PluginException e = refusal(Yiban.builder().plugin(TestPlugins.named("Campus Sync", "[0.1,1.0)")));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.BAD_ID);
    }

    @Test
    void aPluginWhoseRegistrationThrowsStopsStartUpNamingIt() {
        YibanPlugin broken = new YibanPlugin() {
            public String id() {
                return "broken";
            }

            public String version() {
                return "0.0.1";
            }

            public void register(PluginContext context) {
                throw new IllegalStateException("cannot reach the campus directory");
            }
        };

        PluginException e = refusal(Yiban.builder().plugin(broken));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.REGISTRATION_FAILED);
        assertThat(e.message(MessageBundle.EN)).contains("plugin broken failed while registering", "cannot reach the campus directory");
    }

    @Test
    void secretsAreNeverShownInThePluginsSettings() {
        try (Yiban yiban = Yiban.builder().plugin(new TestPlugins.LibraryPlugin(s -> 1)).config(TestPlugins.librarySettings()).build()) {
            assertThat(yiban.plugins()).singleElement().satisfies(info -> {
                assertThat(info.id()).isEqualTo("library");
                assertThat(info.source()).isEqualTo("registered");
                assertThat(info.settings()).containsEntry("plugins.library.token", "****")
                        .containsEntry("plugins.library.endpoint", "https://library.example.edu");
                assertThat(info.settings().toString()).doesNotContain("s3cr3t-token");
            });
        }
    }

    @Test
    void aPluginWhoseIdHoldsADotReadsItsSettings() {
        YibanPlugin dotted = new YibanPlugin() {
            public String id() {
                return "campus.library";
            }

            public String version() {
                return "1.0";
            }

            public Class<? extends Record> settings() {
                return TestPlugins.LibrarySettings.class;
            }
        };
        Map<String, String> settings = new HashMap<>();
        TestPlugins.librarySettings().forEach((key, value) -> settings.put(key.replace("plugins.library.", "plugins.campus.library."), value));

        try (Yiban yiban = Yiban.builder().plugin(dotted).config(settings).build()) {
            assertThat(yiban.plugins()).singleElement().satisfies(info ->
                    assertThat(info.settings()).containsEntry("plugins.campus.library.endpoint", "https://library.example.edu"));
        }
    }

    private static YibanPlugin presetPlugin(String id) {
        return new YibanPlugin() {
            public String id() {
                return id;
            }

            public String version() {
                return "1.0";
            }

            public void register(PluginContext context) {
                context.evaluationPreset(edu.yiban.scoring.student.StudentEvaluation.defaultSystem());
            }
        };
    }

    @Test
    void aPluginReadingTheDirectoryWhileRegisteringIsToldToWaitForStartUp() {
        YibanPlugin eager = new YibanPlugin() {
            @Override
            public String id() {
                return "eager";
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public void register(PluginContext context) {
                context.directory().get();
            }
        };

        PluginException e = refusal(Yiban.builder().plugin(eager));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.REGISTRATION_FAILED);
        assertThat(e.message(MessageBundle.EN)).contains("plugin eager asked for the campus directory while registering");
        assertThat(e.message(MessageBundle.ZH)).contains("插件 eager 在注册时就读取了校园名录");
    }

    @Test
    void aListenerReadsTheRunningDirectoryThroughItsSupplier() {
        List<String> counsellors = new java.util.concurrent.CopyOnWriteArrayList<>();
        YibanPlugin lookup = new YibanPlugin() {
            @Override
            public String id() {
                return "lookup";
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public void register(PluginContext context) {
                java.util.function.Supplier<edu.yiban.core.directory.CampusDirectory> campus = context.directory();
                context.archiveListener(record -> campus.get().student(record.ref().student())
                        .flatMap(s -> campus.get().counsellorOf(s.classId()))
                        .ifPresent(c -> counsellors.add(c.value())));
            }
        };

        try (Yiban yiban = Yiban.builder().clock(Campus.clock()).plugin(lookup).build()) {
            Campus.fill(yiban.campus());
            TestPlugins.grades(yiban.core());

            // 李明 and 王芳 are in EDU2201, whose counsellor is T1001; 赵磊's class MATH2201 has none.
            assertThat(counsellors).containsExactly(Campus.COUNSELLOR.value(), Campus.COUNSELLOR.value());
            assertThat(yiban.faults()).isEmpty();
        }
    }
}
