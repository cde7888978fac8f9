package edu.yiban.importers;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.importers.internal.ImporterMessages;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with an imported file (导入错误): where (file, row, column), what was there (value) and the rule
 * it breaks, in Chinese and English.
 *
 * <pre>{@code
 * for (ImportError e : report.errors()) {
 *     show(e.row(), e.column(), e.message(Locale.SIMPLIFIED_CHINESE));
 * }
 * }</pre>
 *
 * @param file   the file's name as the caller gave it
 * @param row    the line of the file, counted from 1 as a spreadsheet shows it; 0 for the file as a whole
 * @param column the column's header as the file writes it, or empty for the row or file as a whole
 * @param value  the cell as read, or empty
 * @param code   a stable code an app can switch on, e.g. {@code CLASS_UNKNOWN}; never changes with the wording
 * @param rule   the rule broken, as a sentence
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImportError(String file, int row, String column, String value, String code, Text rule) {
    public ImportError {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(column, "column is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(rule, "rule is null");
        if (row < 0) {
            throw new IllegalArgumentException("row is negative: " + row);
        }
    }

    /** Where and what, e.g. {@code roster.csv 第 4 行 列「班级」值「EDU2299」：…} in the given language. */
    public String message(Locale locale) {
        return ImporterMessages.BUNDLE.render(locale, "error.at", file, row, column, value, rule.render(locale));
    }

    /** {@link #message(Locale)} in Chinese. */
    public String zh() {
        return message(MessageBundle.ZH);
    }

    /** {@link #message(Locale)} in English. */
    public String en() {
        return message(MessageBundle.EN);
    }
}
