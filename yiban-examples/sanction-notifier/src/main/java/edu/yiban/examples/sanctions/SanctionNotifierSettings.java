package edu.yiban.examples.sanctions;

import edu.yiban.sdk.plugin.Setting;
import jakarta.validation.constraints.Size;

/**
 * The settings of the sanction notifier, read from {@code plugins.sanction-notifier.*}.
 *
 * @param outbox the file notifications are appended to, one JSON object per line, for the campus's
 *               message system to pick up; empty: notifications are only logged
 */
public record SanctionNotifierSettings(
        @Setting(zh = "通知写入的文件（每行一个 JSON 对象）", en = "file notifications are appended to, one JSON object per line")
        @Size(min = 1, max = 4096) String outbox) {
}
