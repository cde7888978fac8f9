package edu.yiban.core.archive;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.internal.rules.Vocabulary;
import org.apiguardian.api.API;

/**
 * What kind of event an archive entry records. The vocabulary is open: the constants are the kinds
 * the seed and campus rules name, and a campus may add its own codes (lower-case letters, digits, '-').
 *
 * @param code the category's code, e.g. {@code competition}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Category(String code) implements Comparable<Category> {
    /** 学业成绩: course grades and academic results. */
    public static final Category ACADEMIC = new Category("academic");
    /** 获奖荣誉: awards and honours. */
    public static final Category AWARD = new Category("award");
    /** 学科竞赛: subject competitions. */
    public static final Category COMPETITION = new Category("competition");
    /** 志愿服务: volunteer service, counted in hours. */
    public static final Category VOLUNTEER = new Category("volunteer");
    /** 活动参与: participation in activities, online and offline. */
    public static final Category ACTIVITY = new Category("activity");
    /** 任职经历: posts held (class cadre, station member, league posts). */
    public static final Category POST = new Category("post");
    /** 违纪处分: discipline and sanctions. */
    public static final Category DISCIPLINE = new Category("discipline");
    /** 体质测试: the physical fitness test. */
    public static final Category PHYSICAL_TEST = new Category("physical-test");
    /** 实习创业: internships and entrepreneurship. */
    public static final Category INTERNSHIP = new Category("internship");
    /** 证书资格: certificates and qualifications. */
    public static final Category CERTIFICATE = new Category("certificate");
    /** 综合测评: results of evaluation rounds written back into the archive. */
    public static final Category EVALUATION = new Category("evaluation");

    public Category {
        IdRules.check(code, "category", IdRules.VOCABULARY, "vocabulary");
    }

    /** The category with {@code code}. */
    public static Category of(String code) {
        return new Category(code);
    }

    /** The category's name for people; a campus's own codes show as themselves. */
    public Text label() {
        return Vocabulary.label("category", code);
    }

    @Override
    public int compareTo(Category other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
