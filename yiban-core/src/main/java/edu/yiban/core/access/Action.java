package edu.yiban.core.access;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a command does, as the {@link AccessPolicy} names it. Each action has a stable code that a policy file uses,
 * e.g. {@code archive.record}; a policy may name a whole family with {@code archive.*}, or every action with {@code *}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Action {
    /** 维护院系结构: add a college, a major, a term or a class. */
    DIRECTORY_STRUCTURE("directory.structure"),
    /** 维护人员与角色: register a person, grant or revoke a role. */
    DIRECTORY_PEOPLE("directory.people"),
    /** 管理学籍: enrol a student, change a student's status, transfer a student. */
    DIRECTORY_ENROLMENT("directory.enrolment"),
    /** 指派辅导员: assign a class's counsellor. */
    DIRECTORY_COUNSELLOR("directory.counsellor"),
    /** 任免班干部: appoint or relieve a class's cadre. */
    DIRECTORY_CADRE("directory.cadre"),
    /** 关联家长: link a parent to a student. */
    DIRECTORY_PARENT("directory.parent"),
    /** 记入成长档案: record an entry of a category into a student's archive. */
    ARCHIVE_RECORD("archive.record"),
    /** 更正档案: correct an entry. */
    ARCHIVE_CORRECT("archive.correct"),
    /** 撤销档案: revoke an entry. */
    ARCHIVE_REVOKE("archive.revoke"),
    /** 开设空间: open a space. */
    SPACE_OPEN("space.open"),
    /** 加入空间: join or leave a space oneself. */
    SPACE_JOIN("space.join"),
    /** 发帖: open a topic, post, reply, open a poll, vote, share a resource, sign in. */
    SPACE_POST("space.post"),
    /** 管理空间: publish a notice, plan an activity, verify a member's real name, grant a space's administration. */
    SPACE_MODERATE("space.moderate"),
    /** 浏览空间: read a space's members and content. */
    SPACE_READ("space.read"),
    /** 维护易班组织: change the organisation tree, its offices and appointments, recruit station members. */
    ORG_CHANGE("org.change"),
    /** 管理经费: change the budget. */
    BUDGET_CHANGE("budget.change"),
    /** 管理建设计划: change the construction plan and its milestones. */
    PLAN_CHANGE("plan.change"),
    /** 组织测评: draft, compute, publish and finalise an evaluation round. */
    ROUND_MANAGE("round.manage"),
    /** 提出申诉: appeal one's result in a round. */
    ROUND_APPEAL("round.appeal"),
    /** 处理申诉: rule on an appeal. */
    ROUND_RULE("round.rule"),
    /** 查阅个人信息: read a person's sealed personal details, or their copy of everything kept about them. */
    PERSONAL_READ("personal.read"),
    /** 签名检查点: sign the heads of the ledger with the campus key. */
    LEDGER_SIGN("ledger.sign");

    private final String code;

    Action(String code) {
        this.code = code;
    }

    /** The action's stable code in a policy file, e.g. {@code archive.record}. */
    public String code() {
        return code;
    }

    /** The family the action belongs to, e.g. {@code archive} for {@code archive.record}. */
    public String family() {
        return code.substring(0, code.indexOf('.'));
    }

    /** The action with {@code code}, if there is one. */
    public static Optional<Action> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** The action's name for people, e.g. 记入成长档案 / record into a growth archive. */
    public Text label() {
        return CoreMessages.BUNDLE.text("action." + code);
    }
}
