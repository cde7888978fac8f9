package edu.yiban.org.plan;

import edu.yiban.core.i18n.Text;
import edu.yiban.org.internal.OrgMessages;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Where a milestone (里程碑) stands. The allowed changes:
 * <pre>
 * PLANNED     → IN_PROGRESS | DONE | DROPPED
 * IN_PROGRESS → DONE | DROPPED
 * DONE, DROPPED: final
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MilestoneStatus {
    /** 计划中: planned, not started. */
    PLANNED,
    /** 进行中: in progress. */
    IN_PROGRESS,
    /** 已完成: done. */
    DONE,
    /** 已取消: dropped, will not be done. */
    DROPPED;

    /** The statuses this one may change to. */
    public Set<MilestoneStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, DONE, DROPPED);
            case IN_PROGRESS -> EnumSet.of(DONE, DROPPED);
            case DONE, DROPPED -> EnumSet.noneOf(MilestoneStatus.class);
        };
    }

    /** Whether the milestone is closed (done or dropped): it can no longer be overdue. */
    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }

    /** The status's name for people, e.g. 进行中 / in progress. */
    public Text label() {
        return OrgMessages.BUNDLE.text("plan.milestone.status." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
