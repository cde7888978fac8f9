package edu.yiban.sdk.plugin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Documents one component of a plugin's settings record: what it is, in Chinese and English, whether
 * it is a secret (a password, a token), which the runtime never logs or shows, and the value it takes
 * when the configuration has no key for it ({@link #defaultValue()}). The runtime reads the component from
 * the key {@code plugins.<plugin id>.<component name>}; an error about a setting names that key and this
 * label.
 *
 * <pre>{@code
 * public record LibrarySettings(
 *         @Setting(zh = "图书馆系统地址", en = "library system URL") @NotNull URI endpoint,
 *         @Setting(zh = "访问令牌", en = "access token", secret = true) @NotBlank String token,
 *         @Setting(zh = "每次查询的超时（秒）", en = "timeout per query, seconds", defaultValue = "5")
 *                 @Min(1) int timeoutSeconds) {
 * }
 * }</pre>
 *
 * With the configuration {@code plugins.library.endpoint=https://library.example.edu} and
 * {@code plugins.library.token=…}, {@code timeoutSeconds} is 5; adding
 * {@code plugins.library.timeoutSeconds=10} makes it 10.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Setting {
    /** What the setting is, in Chinese. */
    String zh();

    /** What the setting is, in English. */
    String en();

    /** Whether the value is a secret, never logged or shown. */
    boolean secret() default false;

    /**
     * The value used when the configuration has no key for this setting, written as the text a configuration
     * value would be ({@code "5"}, {@code "true"}, {@code "https://library.example.edu"}) and converted the same
     * way, then checked by the same constraints; {@code ""} (the default) means no default, so an absent key
     * leaves the component {@code null} (or a primitive's zero) for its constraints to judge. A default that
     * does not convert stops start-up with an error naming the component: it is a fault of the plugin, not
     * of the configuration.
     */
    String defaultValue() default "";
}
