package edu.yiban.sdk.internal.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.InvalidInputException;
import edu.yiban.core.Violation;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.json.YibanJson;
import edu.yiban.sdk.PluginException;
import edu.yiban.sdk.internal.SdkMessages;
import edu.yiban.sdk.plugin.Setting;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Reads a plugin's settings from the runtime's configuration: the keys {@code plugins.<id>.<component>},
 * turned into the plugin's settings record, checked with Bean Validation; unknown keys refused; secrets
 * masked when the settings are shown.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SettingsBinder {
    private static final ObjectMapper JSON = YibanJson.newMapper();
    private static final String MASK = "****";

    private SettingsBinder() {
    }

    /** The prefix of {@code plugin}'s keys. */
    public static String prefix(String plugin) {
        return "plugins." + plugin + ".";
    }

    /** {@code plugin}'s settings of {@code type}, read from {@code config}. */
    public static <T extends Record> T bind(String plugin, Class<T> type, Map<String, String> config) {
        String prefix = prefix(plugin);
        Set<String> components = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.add(c.getName());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        new TreeMap<>(config).forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                String name = key.substring(prefix.length());
                if (components.contains(name)) {
                    values.put(name, value);
                } else {
                    unknown.add(key);
                }
            }
        });
        if (!unknown.isEmpty()) {
            throw new PluginException(plugin, PluginException.Reason.SETTING_UNKNOWN,
                    SdkMessages.BUNDLE.text("plugin.setting.unknown", plugin, String.join(", ", unknown),
                            components.isEmpty() ? "—" : components.stream().map(c -> prefix + c).collect(Collectors.joining(", "))), null);
        }
        T settings;
        try {
            settings = JSON.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            InvalidInputException invalid = findInvalid(e);
            String zh = invalid != null ? invalid.message(MessageBundle.ZH) : rootMessage(e);
            String en = invalid != null ? invalid.message(MessageBundle.EN) : rootMessage(e);
            throw new PluginException(plugin, PluginException.Reason.SETTING_INVALID,
                    SdkMessages.BUNDLE.text("plugin.setting.invalid", plugin, prefix, zh, en), e);
        }
        var violations = SdkMessages.validator().violations(settings);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            String key = prefix + first.path();
            boolean missing = !values.containsKey(first.path())
                    && (first.code().equals("NotNull") || first.code().equals("NotBlank") || first.code().equals("NotEmpty"));
            String all = violations.stream().map(v -> prefix + v.path()).distinct().collect(Collectors.joining(", "));
            throw new PluginException(plugin, missing ? PluginException.Reason.SETTING_MISSING : PluginException.Reason.SETTING_INVALID,
                    SdkMessages.BUNDLE.text(missing ? "plugin.setting.missing" : "plugin.setting.refused", plugin, key, all,
                            first.zh(), first.en()), null);
        }
        return settings;
    }

    /** The settings by key, secrets as {@code ****}, for logs and {@code PluginInfo}. */
    public static Map<String, String> describe(String plugin, Record settings) {
        Map<String, String> shown = new TreeMap<>();
        for (RecordComponent c : settings.getClass().getRecordComponents()) {
            Setting doc = c.getAnnotation(Setting.class);
            Object value;
            try {
                c.getAccessor().trySetAccessible();
                value = c.getAccessor().invoke(settings);
            } catch (ReflectiveOperationException e) {
                value = "?";
            }
            shown.put(prefix(plugin) + c.getName(), doc != null && doc.secret() ? MASK : String.valueOf(value));
        }
        return shown;
    }

    private static InvalidInputException findInvalid(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
