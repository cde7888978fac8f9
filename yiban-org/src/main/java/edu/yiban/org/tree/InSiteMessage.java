package edu.yiban.org.tree;

import edu.yiban.core.id.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An in-site message (站内信) a member of a node sends to people, e.g. the role model workshop to students.
 *
 * @param org        the sending node
 * @param sender     who sends it: someone holding a position in the node
 * @param recipients to whom
 * @param title      its title
 * @param body       its text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record InSiteMessage(@NotNull OrgId org, @NotNull PersonId sender,
                            @NotEmpty @Size(max = 5000) List<@NotNull PersonId> recipients,
                            @NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String body) {
    public InSiteMessage {
        recipients = recipients == null || recipients.stream().anyMatch(Objects::isNull) ? recipients : List.copyOf(recipients);
    }
}
