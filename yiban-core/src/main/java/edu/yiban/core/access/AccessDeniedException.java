package edu.yiban.core.access;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A command the {@link AccessPolicy} refused. Nothing was written. The message names the actor, the action and the
 * subject in Chinese and English, e.g. {@code [YB-ACCESS-DENIED] 人员 S2201 无权“记入成长档案（学业）”，对象：学生
 * 2022030117；访问策略中没有允许它的授权 | person S2201 may not record into a growth archive (academic) for student
 * 2022030117: no grant of the access policy allows it}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AccessDeniedException extends YibanException {
    /** The error code of every refusal by the policy. */
    public static final String CODE = "YB-ACCESS-DENIED";

    private final transient AccessRequest request;

    public AccessDeniedException(AccessRequest request, Text text) {
        super(CODE, text);
        this.request = Objects.requireNonNull(request, "request is null");
    }

    /** The refusal of {@code request} that {@code decision} stands for. */
    public static AccessDeniedException of(AccessRequest request, AccessPolicy.Decision decision) {
        Text what = request.category().isPresent()
                ? CoreMessages.BUNDLE.text("access.action-category", request.action().label(), request.category().get().label())
                : request.action().label();
        Text why = decision.by().isPresent()
                ? CoreMessages.BUNDLE.text("access.denied-by-rule", decision.by().get())
                : CoreMessages.BUNDLE.text("access.no-grant");
        return new AccessDeniedException(request,
                CoreMessages.BUNDLE.text("access.denied", request.actor().label(), what, request.subject().label(), why));
    }

    /** The command refused. */
    public AccessRequest request() {
        return request;
    }
}
