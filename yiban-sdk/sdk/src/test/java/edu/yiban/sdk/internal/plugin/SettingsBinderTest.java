package edu.yiban.sdk.internal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.plugin.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin's settings: a default stands in for an absent key, the configuration overrides it, and every
 * problem is reported at once, each naming its key and its label (in Chinese with the English beside it, or
 * in English alone).
 */
class SettingsBinderTest {
    record Sync(
            @Setting(zh = "同步地址", en = "sync URL") @NotBlank String endpoint,
            @Setting(zh = "每批条数", en = "batch size", defaultValue = "50") @NotNull @Min(1) @Max(500) Integer batchSize,
            @Setting(zh = "是否试运行", en = "dry run", defaultValue = "true") boolean dryRun,
            @Setting(zh = "访问令牌", en = "access token", secret = true) String token) {
    }

    record BrokenDefault(@Setting(zh = "超时（秒）", en = "timeout, seconds", defaultValue = "soon") Integer timeoutSeconds) {
    }

    private static PluginException refusal(Class<? extends Record> type, Map<String, String> config) {
        return catchThrowableOfType(PluginException.class, () -> SettingsBinder.bind("sync", type, config));
    }

    @Test
    void anAbsentKeyTakesTheSettingsDefault() {
        Sync sync = SettingsBinder.bind("sync", Sync.class, Map.of("plugins.sync.endpoint", "https://sync.example.edu"));

        assertThat(sync.batchSize()).isEqualTo(50);
        assertThat(sync.dryRun()).isTrue();
        assertThat(sync.token()).isNull();
    }

    @Test
    void theConfigurationOverridesADefault() {
        Sync sync = SettingsBinder.bind("sync", Sync.class, Map.of("plugins.sync.endpoint", "https://sync.example.edu",
                "plugins.sync.batchSize", "200", "plugins.sync.dryRun", "false"));

        assertThat(sync.batchSize()).isEqualTo(200);
        assertThat(sync.dryRun()).isFalse();
    }

    @Test
    void aDefaultIsCheckedByTheSameConstraintsAsAValue() {
        // an overriding value out of range is refused like any other; the default 50 itself is within 1..500
        PluginException e = refusal(Sync.class, Map.of("plugins.sync.endpoint", "https://sync.example.edu", "plugins.sync.batchSize", "0"));

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_INVALID);
        assertThat(e.message(MessageBundle.EN)).contains("plugins.sync.batchSize (batch size) is refused");
    }

    @Test
    void aDefaultThatDoesNotConvertIsAnErrorNamingTheComponent() {
        PluginException e = refusal(BrokenDefault.class, Map.of());

        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_INVALID);
        assertThat(e.message(MessageBundle.EN)).isEqualTo("plugin sync: the default \"soon\" of the setting plugins.sync.timeoutSeconds "
                + "(timeout, seconds) cannot be read: it must be a value of type Integer; this is a fault of the plugin's settings record, component "
                + BrokenDefault.class.getName() + ".timeoutSeconds");
        assertThat(e.message(MessageBundle.ZH)).contains("plugins.sync.timeoutSeconds（超时（秒） / timeout, seconds）的默认值“soon”")
                .contains(BrokenDefault.class.getName() + ".timeoutSeconds");
    }

    @Test
    void everyBadOrMissingSettingIsReportedWithItsKeyAndLabel() {
        Map<String, String> config = new HashMap<>();
        config.put("plugins.sync.batchSize", "many");
        config.put("plugins.sync.dryRun", "perhaps");
        config.put("plugins.sync.endpiont", "https://typo.example.edu");
        config.put("plugins.sync.token", "s3cr3t");

        PluginException e = refusal(Sync.class, config);
        String en = e.message(MessageBundle.EN);
        String zh = e.message(MessageBundle.ZH);

        // an unknown key, two values that do not convert; endpoint's absence is judged once the values convert
        assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_UNKNOWN);
        assertThat(en).startsWith("plugin sync: 3 problems with its settings: it has no setting plugins.sync.endpiont; its settings are "
                        + "plugins.sync.batchSize, plugins.sync.dryRun, plugins.sync.endpoint, plugins.sync.token")
                .contains("plugins.sync.batchSize (batch size) cannot be read from \"many\"")
                .contains("plugins.sync.dryRun (dry run) cannot be read from \"perhaps\"")
                .doesNotContain("s3cr3t");
        assertThat(en.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as(en).isTrue();
        assertThat(zh).startsWith("插件 sync 的配置有 3 处问题").contains("plugins.sync.batchSize（每批条数 / batch size）")
                .contains("plugins.sync.dryRun（是否试运行 / dry run）");
    }

    @Test
    void everyRefusedValueIsReportedNotOnlyTheFirst() {
        PluginException e = refusal(Sync.class, Map.of("plugins.sync.batchSize", "900", "plugins.sync.token", "s3cr3t"));
        String en = e.message(MessageBundle.EN);

        assertThat(en).startsWith("plugin sync: 2 problems with its settings: ")
                .contains("the setting plugins.sync.endpoint (sync URL) is missing")
                .contains("the setting plugins.sync.batchSize (batch size) is refused");
        assertThat(e.message(MessageBundle.ZH)).contains("缺少配置项 plugins.sync.endpoint（同步地址 / sync URL）");
    }

    enum Mode { PUSH, PULL }

    record Direction(@Setting(zh = "同步方向", en = "direction", defaultValue = "PUSH") Mode mode) {
    }

    @Test
    void aValueOutsideAnEnumsConstantsListsThem() {
        assertThat(SettingsBinder.bind("sync", Direction.class, Map.of()).mode()).isEqualTo(Mode.PUSH);

        PluginException e = refusal(Direction.class, Map.of("plugins.sync.mode", "SIDEWAYS"));

        assertThat(e.message(MessageBundle.EN)).isEqualTo(
                "plugin sync: the setting plugins.sync.mode (direction) cannot be read from \"SIDEWAYS\": it must be one of PUSH, PULL");
        assertThat(e.message(MessageBundle.ZH)).endsWith("应为 PUSH, PULL 之一");
    }

    @Test
    void aSecretThatCannotBeReadIsNotShown() {
        record Locked(@Setting(zh = "口令编号", en = "key number", secret = true) Integer keyNumber) {
        }
        PluginException e = refusal(Locked.class, Map.of("plugins.sync.keyNumber", "hunter2"));

        assertThat(e.message(MessageBundle.EN)).contains("plugins.sync.keyNumber (key number) cannot be read from \"****\"")
                .doesNotContain("hunter2");
    }
}
