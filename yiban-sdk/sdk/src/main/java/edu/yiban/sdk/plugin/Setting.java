package edu.yiban.sdk.plugin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Documents one component of a plugin's settings record: what it is, in Chinese and English, and
 * whether it is a secret (a password, a token), which the runtime never logs or shows.
 *
 * <pre>{@code
 * public record LibrarySettings(
 *         @Setting(zh = "图书馆系统地址", en = "library system URL") @NotNull URI endpoint,
 *         @Setting(zh = "访问令牌", en = "access token", secret = true) @NotBlank String token,
 *         @Setting(zh = "每次查询的超时（秒）", en = "timeout per query, seconds") @Min(1) int timeoutSeconds) {
 * }
 * }</pre>
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
}
