package edu.yiban.core.privacy;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Masks personal information (个人信息脱敏) where it is shown but need not be read whole: in exports, logs and public
 * lists. Every rule replaces each hidden character by one {@code *}, so a masked value keeps its length (in
 * characters, counted as code points); masking a masked value again gives it back unchanged.
 *
 * <table>
 * <caption>The rules</caption>
 * <tr><th>what</th><th>kept</th><th>example</th></tr>
 * <tr><td>resident ID number (居民身份证号)</td><td>the first 6 and the last 4 characters</td><td>{@code 110101********123X}</td></tr>
 * <tr><td>mobile number (手机号码)</td><td>the first 3 and the last 4 digits</td><td>{@code 138****5678}</td></tr>
 * <tr><td>email (电子邮箱)</td><td>the first character and the domain</td><td>{@code z*******@pku.edu.cn}</td></tr>
 * <tr><td>address (住址)</td><td>the first 6 characters (province and city, as a rule)</td><td>{@code 北京市海淀区******}</td></tr>
 * <tr><td>name (姓名)</td><td>as the campus chooses: {@link NameMasking}</td><td>{@code 张*明}</td></tr>
 * </table>
 *
 * <p>A value too short for its rule to keep anything and still hide something is masked whole: a 9-character "ID
 * number" becomes nine {@code *}.
 *
 * <p>A name is masked after its surname: the surname is the first character, or the first two where they are one of
 * the common compound surnames (复姓, {@link #COMPOUND_SURNAMES}, e.g. 欧阳, 司马, 诸葛) and the name is longer than
 * two characters (a two-character name is always surname + given name). The given name is masked whole if it is one
 * character, else all but its last character. A name written in parts (买买提·艾力, {@code Li Ming}) keeps its first part
 * and its separators and masks the rest. Double surnames made from both parents' (张王小明) are not recognised: they
 * show as 张***明.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Masking {
    /** The character that stands for a hidden one. */
    public static final char MASK = '*';

    /** Common compound surnames (常见复姓): a fact of Chinese names, used to find where a surname ends. */
    public static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
            "令狐", "钟离", "闾丘", "端木", "万俟", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "宗政", "濮阳",
            "太叔", "申屠", "仲孙", "赫连", "拓跋", "第五", "左丘", "东郭", "子车", "单于", "司空", "公羊", "谷梁", "梁丘",
            "乐正", "漆雕", "巫马", "公良", "颛孙", "段干", "亓官", "司寇", "鲜于", "闻人");

    private Masking() {
    }

    /** A resident ID number with its first 6 and last 4 characters kept: {@code 110101********123X}. */
    public static String residentId(String id) {
        return keep(id, 6, 4);
    }

    /** A mobile number with its first 3 and last 4 digits kept: {@code 138****5678}. */
    public static String mobile(String mobile) {
        return keep(mobile, 3, 4);
    }

    /** An email address with the first character of its local part and its domain kept: {@code z*******@pku.edu.cn}. */
    public static String email(String email) {
        Objects.requireNonNull(email, "email is null");
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return keep(email, 1, 0);
        }
        return keep(email.substring(0, at), 1, 0) + email.substring(at);
    }

    /** An address with its first 6 characters kept: {@code 北京市海淀区******}. */
    public static String address(String address) {
        return keep(address, 6, 0);
    }

    /** {@code name} as {@code choice} shows it (see the class comment for the rule of surnames). */
    public static String name(String name, NameMasking choice) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(choice, "choice is null");
        return switch (choice) {
            case FULL -> name;
            case HIDDEN -> keep(name, 0, 0);
            case SURNAME_ONLY -> surnameOnly(name);
        };
    }

    private static String surnameOnly(String name) {
        int[] cps = name.codePoints().toArray();
        int separator = firstSeparator(cps);
        StringBuilder out = new StringBuilder(name.length());
        if (separator >= 0) {
            for (int i = 0; i < cps.length; i++) {
                out.appendCodePoint(i < separator || isSeparator(cps[i]) ? cps[i] : MASK);
            }
            return out.toString();
        }
        if (cps.length <= 1) {
            return name;
        }
        int surname = cps.length > 2 && COMPOUND_SURNAMES.contains(new String(cps, 0, 2)) ? 2 : 1;
        int given = cps.length - surname;
        for (int i = 0; i < cps.length; i++) {
            boolean shown = i < surname || (given >= 2 && i == cps.length - 1);
            out.appendCodePoint(shown ? cps[i] : MASK);
        }
        return out.toString();
    }

    private static int firstSeparator(int[] cps) {
        for (int i = 0; i < cps.length; i++) {
            if (isSeparator(cps[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The separators of names written in parts: a space, the middle dots · and •, the katakana dot ・. */
    private static boolean isSeparator(int cp) {
        return cp == ' ' || cp == '·' || cp == '•' || cp == '・';
    }

    /**
     * {@code value} with its first {@code head} and last {@code tail} characters kept and every other one masked; masked
     * whole when it has no more than {@code head + tail} characters.
     */
    static String keep(String value, int head, int tail) {
        Objects.requireNonNull(value, "value is null");
        int[] cps = value.codePoints().toArray();
        boolean whole = cps.length <= head + tail;
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < cps.length; i++) {
            boolean shown = !whole && (i < head || i >= cps.length - tail);
            out.appendCodePoint(shown ? cps[i] : MASK);
        }
        return out.toString();
    }
}
