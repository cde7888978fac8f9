package edu.yiban.core.directory;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.internal.rules.Vocabulary;
import org.apiguardian.api.API;

/**
 * A student cadre's post in a class (班委职务). An open vocabulary: the constants are the usual posts;
 * a campus adds its own with lower-case letters, digits and '-'.
 *
 * @param code the post's code, e.g. {@code monitor}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CadrePost(String code) implements Comparable<CadrePost> {
    /** 班长. */
    public static final CadrePost MONITOR = new CadrePost("monitor");
    /** 团支书: the league branch secretary. */
    public static final CadrePost LEAGUE_SECRETARY = new CadrePost("league-secretary");
    /** 学习委员. */
    public static final CadrePost STUDY = new CadrePost("study");
    /** 生活委员. */
    public static final CadrePost LIFE = new CadrePost("life");
    /** 文艺委员. */
    public static final CadrePost ARTS = new CadrePost("arts");
    /** 体育委员. */
    public static final CadrePost SPORTS = new CadrePost("sports");
    /** 心理委员. */
    public static final CadrePost PSYCHOLOGY = new CadrePost("psychology");
    /** 易班委员: the class's YiBan cadre, who runs the class network space. */
    public static final CadrePost YIBAN = new CadrePost("yiban");

    public CadrePost {
        IdRules.check(code, "post", IdRules.VOCABULARY, "vocabulary");
    }

    /** The post with {@code code}. */
    public static CadrePost of(String code) {
        return new CadrePost(code);
    }

    /** The post's name for people; a campus's own codes show as themselves. */
    public Text label() {
        return Vocabulary.label("post", code);
    }

    @Override
    public int compareTo(CadrePost other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
