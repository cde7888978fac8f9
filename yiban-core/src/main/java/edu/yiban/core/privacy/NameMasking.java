package edu.yiban.core.privacy;

import org.apiguardian.api.API;

/**
 * How a campus shows people's names where others read them (a publicity list 公示名单, a public report): a campus
 * choice, not a constant. {@link Masking#name} applies it; docs/privacy.md gives the rules with examples.
 *
 * <pre>{@code
 * NameMasking.SURNAME_ONLY.apply("张小明");   // 张*明
 * NameMasking.SURNAME_ONLY.apply("欧阳明");   // 欧阳*
 * NameMasking.HIDDEN.apply("李明");          // **
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum NameMasking {
    /** The name as the directory holds it (全名). */
    FULL,
    /**
     * The surname kept, the given name masked (姓氏保留): 张三 → 张*, 张小明 → 张*明 (the last character of a given name of two
     * or more stays, as campus lists commonly print it), 欧阳小明 → 欧阳*明. The default of public lists.
     */
    SURNAME_ONLY,
    /** Every character masked (全部隐藏), one {@code *} each. */
    HIDDEN;

    /** {@code name} as this choice shows it. */
    public String apply(String name) {
        return Masking.name(name, this);
    }
}
