package edu.yiban.examples.cli;

import java.util.List;

/**
 * The content of the synthetic campus: the colleges and majors of a normal university, course names,
 * and the characters names are drawn from. This is campus data (what a directory would hold), not
 * text the command prints about itself; it is the same in every language.
 */
final class CampusData {
    private CampusData() {
    }

    /** A college of the synthetic campus: its code, Chinese and English names, and its majors. */
    record CollegeRow(String code, String name, String nameEn, List<String> majors) {
    }

    /** The twelve colleges of the default campus, in the order they are taken. */
    static final List<CollegeRow> COLLEGES = List.of(
            new CollegeRow("EDU", "教育学院", "School of Education", List.of("小学教育", "教育技术学")),
            new CollegeRow("PRE", "学前教育学院", "School of Preschool Education", List.of("学前教育")),
            new CollegeRow("LIT", "文学院", "School of Literature", List.of("汉语言文学", "秘书学")),
            new CollegeRow("FL", "外国语学院", "School of Foreign Languages", List.of("英语", "商务英语")),
            new CollegeRow("MATH", "数学与统计学院", "School of Mathematics and Statistics", List.of("数学与应用数学", "统计学")),
            new CollegeRow("SCI", "理工学院", "School of Science and Engineering", List.of("物理学", "化学")),
            new CollegeRow("IT", "信息科学技术学院", "School of Information Science and Technology", List.of("计算机科学与技术", "软件工程")),
            new CollegeRow("ECON", "经济与管理学院", "School of Economics and Management", List.of("财务管理", "市场营销")),
            new CollegeRow("ART", "美术学院", "School of Fine Arts", List.of("美术学", "视觉传达设计")),
            new CollegeRow("MUS", "音乐学院", "School of Music", List.of("音乐学", "舞蹈学")),
            new CollegeRow("PE", "体育学院", "School of Physical Education", List.of("体育教育")),
            new CollegeRow("MARX", "马克思主义学院", "School of Marxism", List.of("思想政治教育")));

    /** A college beyond the twelve: a generated code and names. */
    static CollegeRow generated(int number) {
        return new CollegeRow("C" + number, "第" + number + "学院", "College " + number, List.of("专业" + number));
    }

    /** Family names, the most common first. */
    static final String FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐符邢云吉";
    /** Characters of given names. */
    static final String GIVEN = "明芳伟娜磊静洋敏杰丽强军燕平刚桂英华玲海琼南椰晨宇欣怡浩然子涵梓萱";

    /** The courses of a term, with their credits; the last is graded in words (优秀, 良好 …). */
    static final List<String> COURSES = List.of("思想道德与法治", "大学英语", "专业基础课", "专业核心课", "教育心理学", "大学体育");
    /** Credits of {@link #COURSES}, in the same order. */
    static final List<String> CREDITS = List.of("3", "4", "3", "3", "2", "1");
    /** The words a course graded in words may get, best first. */
    static final List<String> GRADE_WORDS = List.of("优秀", "良好", "中等", "及格", "不及格");

    /** What students post in their class space. */
    static final List<String> POSTS = List.of("分享一份本周的复习提纲", "有同学一起去图书馆自习吗？", "班级活动照片已上传到网盘",
            "社区志愿服务报名开始了", "推荐一本好书：《乡土中国》", "期中考试安排有变化吗？", "英语四级备考经验交流",
            "宿舍文明建设评比结果出来了", "下周的专业见习分组名单", "学校运动会报名通知转发");
    /** What they reply. */
    static final List<String> REPLIES = List.of("谢谢分享！", "我也参加", "收到", "好主意，支持", "已报名", "同问");
    /** Notices a counsellor publishes: a title and its text. */
    static final List<List<String>> NOTICES = List.of(
            List.of("欢迎加入班级网络空间", "请同学们完成易班注册和实名认证，班级通知将在这里发布。"),
            List.of("国庆假期安全提醒", "假期外出请注意安全，离校请向辅导员报备。"),
            List.of("期中教学检查通知", "本周开展期中教学检查，请按时上课，认真完成作业。"),
            List.of("心理健康月活动", "学校心理健康月系列活动开始，欢迎参加讲座和团体辅导。"),
            List.of("期末考试安排", "期末考试安排已在教务系统公布，请认真复习，诚信应考。"));
    /** Polls: the question, then its options. */
    static final List<List<String>> POLLS = List.of(
            List.of("班服选哪种颜色？", "海蓝", "椰青", "珊瑚红"),
            List.of("期末班级活动去哪里？", "东寨港红树林", "火山口公园", "校内素质拓展", "万绿园"));
    /** Activities: the title, and where they are held on site. */
    static final List<List<String>> ACTIVITIES = List.of(
            List.of("易班线上主题班会", "线上"),
            List.of("社区志愿服务", "校外社区服务中心"),
            List.of("线上线下同步主题团日", "11栋一站式学生社区"),
            List.of("期末考试动员班会", "教学楼报告厅"));
}
