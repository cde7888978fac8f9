package edu.yiban.core.space;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** What a piece of space content is. Each kind has its own record type implementing {@link SpaceContent}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ContentKind {
    /** 公告: a notice, published by an admin of the space. */
    NOTICE,
    /** 话题: a topic that posts gather under. */
    TOPIC,
    /** 帖子: a post, optionally under a topic. */
    POST,
    /** 回复: a reply to a post. */
    REPLY,
    /** 投票: a poll. */
    POLL,
    /** 网盘资源: a shared file (its metadata only). */
    RESOURCE,
    /** 活动: an activity members sign in to. */
    ACTIVITY;

    /** The kind's name for people, e.g. 公告 / notice. */
    public Text label() {
        return CoreMessages.BUNDLE.text("content." + name().toLowerCase(Locale.ROOT));
    }
}
