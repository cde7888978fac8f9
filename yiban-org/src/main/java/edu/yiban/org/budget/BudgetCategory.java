package edu.yiban.org.budget;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.org.internal.OrgChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A category of the YiBan special budget (易班专项经费) that a year's plan assigns money to, e.g.
 * 硬件设备购置 (hardware purchase). The seed names nine; a university's {@link BudgetPreset} lists its own.
 *
 * @param id     the category's code, unique in its preset
 * @param name   its Chinese name
 * @param nameEn its English name, where given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BudgetCategory(
        BudgetCategoryId id,
        @NotBlank @Size(max = 64) String name,
        Optional<@Size(min = 1, max = 128) String> nameEn) {

    public BudgetCategory {
        OrgChecks.required(id, "categoryId");
        nameEn = nameEn == null ? Optional.empty() : nameEn;
    }

    /** A category named in Chinese and English. */
    public BudgetCategory(BudgetCategoryId id, String name, String nameEn) {
        this(id, name, Optional.ofNullable(nameEn));
    }

    /** The name in the reader's language: English where given and asked for, else Chinese. */
    public String name(Locale locale) {
        return MessageBundle.supported(locale).equals(MessageBundle.EN) ? nameEn.orElse(name) : name;
    }
}
