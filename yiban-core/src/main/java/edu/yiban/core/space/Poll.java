package edu.yiban.core.space;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A poll (投票): a question with 2 to 20 options, of which each member chooses at least one and at most
 * {@code maxChoices}, once, before the poll closes. Options are numbered from 0 in the order given.
 *
 * <pre>{@code
 * ContentId poll = space.openPoll(monitor, new Poll("春游去哪里？", List.of("东寨港", "火山口公园", "假日海滩"), 1, closesAt));
 * space.vote(student, poll, Set.of(2));
 * }</pre>
 *
 * @param question   what is asked
 * @param options    the options, 2 to 20
 * @param maxChoices how many options one member may choose, 1 to the number of options
 * @param closesAt   when voting ends: from this instant on, no vote is taken; it must lie after the poll opens
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Poll(
        @NotBlank @Size(max = 200) String question,
        @NotNull @Size(min = 2, max = 20) List<@NotBlank @Size(max = 100) String> options,
        @Min(1) int maxChoices,
        @NotNull Instant closesAt) implements SpaceContent {

    /** Copies the options; the poll is checked when it is opened. */
    public Poll {
        // left as given when it holds nulls, for validation to name them (List.copyOf refuses nulls)
        options = options == null || options.stream().anyMatch(Objects::isNull) ? options : List.copyOf(options);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.POLL;
    }
}
