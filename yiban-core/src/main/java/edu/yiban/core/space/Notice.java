package edu.yiban.core.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * A notice (公告): an announcement by an admin of the space, e.g. the counsellor's notice of a class meeting.
 *
 * <pre>{@code
 * space.publishNotice(counsellor, new Notice("班会通知", "周三晚七点，教学楼 201 开班会。"));
 * }</pre>
 *
 * @param title its title
 * @param body  its text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Notice(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 10_000) String body)
        implements SpaceContent {

    @Override
    public ContentKind kind() {
        return ContentKind.NOTICE;
    }
}
