package edu.yiban.sdk.internal.plugin;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.json.YibanJson;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.internal.SdkMessages;
import edu.yiban.sdk.plugin.Setting;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plugin's settings from the runtime's configuration: the keys {@code plugins.<id>.<component>},
 * each absent one taken from its {@link Setting#defaultValue()} when it has one, turned into the plugin's
 * settings record, checked with Bean Validation; unknown keys refused; secrets masked when the settings are
 * shown. Every problem is reported at once, each naming its key and its label ({@link Setting#zh()},
 * {@link Setting#en()}).
 */
final class SettingsBinder {
    private static final ObjectMapper JSON = YibanJson.newMapper();
    private static final String MASK = "****";
    /** At most this many problems are listed in one message; the rest are counted. */
    static final int MAX_LISTED = 20;

    private SettingsBinder() {
    }

    /** The prefix of {@code plugin}'s keys. */
    public static String prefix(String plugin) {
        return "plugins." + plugin + ".";
    }

    /** One thing wrong with the settings: why, and the sentence naming it. */
    private record Problem(PluginException.Reason reason, Text text) {
    }

    /** {@code plugin}'s settings of {@code type}, read from {@code config}. */
    public static <T extends Record> T bind(String plugin, Class<T> type, Map<String, String> config) {
        String prefix = prefix(plugin);
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        Map<String, String> given = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        new TreeMap<>(config).forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                String name = key.substring(prefix.length());
                if (components.containsKey(name)) {
                    given.put(name, value);
                } else {
                    unknown.add(key);
                }
            }
        });
        List<Problem> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            String valid = components.isEmpty() ? "—" : new TreeSet<>(components.keySet()).stream().map(c -> prefix + c)
                    .collect(Collectors.joining(", "));
            problems.add(new Problem(PluginException.Reason.SETTING_UNKNOWN,
                    SdkMessages.BUNDLE.text("plugin.setting.item.unknown", String.join(", ", unknown), valid)));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        boolean unreadable = false;
        for (RecordComponent c : components.values()) {
            String name = c.getName();
            Setting doc = c.getAnnotation(Setting.class);
            boolean fromDefault = !given.containsKey(name) && doc != null && !doc.defaultValue().isEmpty();
            String text = fromDefault ? doc.defaultValue() : given.get(name);
            if (text == null) {
                continue;
            }
            JavaType target = JSON.constructType(c.getGenericType());
            try {
                JSON.convertValue(text, target);
                values.put(name, text);
            } catch (IllegalArgumentException e) {
                unreadable = true;
                String shown = doc != null && doc.secret() ? MASK : text;
                InvalidInputException invalid = findInvalid(e);
                Object why = invalid != null ? new Bilingual(invalid.message(MessageBundle.ZH), invalid.message(MessageBundle.EN))
                        : target.isEnumType() ? SdkMessages.BUNDLE.text("plugin.setting.oneOf", constants(target.getRawClass()))
                        : SdkMessages.BUNDLE.text("plugin.setting.type", typeName(target));
                problems.add(fromDefault
                        ? new Problem(PluginException.Reason.SETTING_INVALID, SdkMessages.BUNDLE.text("plugin.setting.item.default",
                                prefix + name, label(c), shown, why, type.getName() + "." + name))
                        : new Problem(PluginException.Reason.SETTING_INVALID, SdkMessages.BUNDLE.text("plugin.setting.item.unreadable",
                                prefix + name, label(c), shown, why)));
            }
        }
        T settings = null;
        if (!unreadable) {
            try {
                settings = JSON.convertValue(values, type);
            } catch (IllegalArgumentException e) {
                InvalidInputException invalid = findInvalid(e);
                Bilingual why = invalid != null ? new Bilingual(invalid.message(MessageBundle.ZH), invalid.message(MessageBundle.EN))
                        : new Bilingual(rootMessage(e), rootMessage(e));
                problems.add(new Problem(PluginException.Reason.SETTING_INVALID,
                        SdkMessages.BUNDLE.text("plugin.setting.item.record", prefix, why)));
            }
        }
        if (settings != null) {
            for (Violation v : SdkMessages.validator().violations(settings)) {
                String name = v.path().split("[.\\[]", 2)[0];
                RecordComponent c = components.get(name);
                Bilingual label = c == null ? new Bilingual(name, name) : label(c);
                boolean missing = !values.containsKey(name)
                        && (v.code().equals("NotNull") || v.code().equals("NotBlank") || v.code().equals("NotEmpty"));
                problems.add(new Problem(missing ? PluginException.Reason.SETTING_MISSING : PluginException.Reason.SETTING_INVALID,
                        SdkMessages.BUNDLE.text(missing ? "plugin.setting.item.missing" : "plugin.setting.item.refused",
                                prefix + v.path(), label, new Bilingual(v.zh(), v.en()))));
            }
        }
        if (!problems.isEmpty()) {
            throw refusal(plugin, problems);
        }
        return Objects.requireNonNull(settings, "settings are read whenever nothing is refused");
    }

    /** One exception listing every problem (the first {@link #MAX_LISTED}), its reason the first problem's. */
    private static PluginException refusal(String plugin, List<Problem> problems) {
        List<Problem> listed = problems.subList(0, Math.min(MAX_LISTED, problems.size()));
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Problem p : listed) {
            zh.append(zh.length() == 0 ? "" : "；").append(p.text().zh());
            en.append(en.length() == 0 ? "" : "; ").append(p.text().en());
        }
        int more = problems.size() - listed.size();
        if (more > 0) {
            zh.append(SdkMessages.BUNDLE.render(MessageBundle.ZH, "plugin.setting.more", more));
            en.append(SdkMessages.BUNDLE.render(MessageBundle.EN, "plugin.setting.more", more));
        }
        Text text = problems.size() == 1
                ? SdkMessages.BUNDLE.text("plugin.setting.problem", plugin, new Bilingual(zh.toString(), en.toString()))
                : SdkMessages.BUNDLE.text("plugin.setting.problems", plugin, problems.size(), new Bilingual(zh.toString(), en.toString()));
        return new PluginException(plugin, problems.get(0).reason(), text, null);
    }

    /**
     * The label of setting {@code c} as a sentence shows it: in Chinese followed by its English (a name),
     * in English alone; the component's name when it has no {@link Setting}.
     */
    private static Bilingual label(RecordComponent c) {
        Setting doc = c.getAnnotation(Setting.class);
        if (doc == null) {
            return new Bilingual(c.getName(), c.getName());
        }
        return new Bilingual(doc.zh() + " / " + doc.en(), doc.en());
    }

    /** The constants of enum {@code type} as a configuration names them, for a message listing the choices. */
    private static String constants(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static String typeName(JavaType type) {
        return type.getRawClass().getSimpleName();
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

    private static @Nullable InvalidInputException findInvalid(Throwable e) {
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
