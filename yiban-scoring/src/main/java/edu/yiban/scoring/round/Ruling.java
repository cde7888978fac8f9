package edu.yiban.scoring.round;

import edu.yiban.core.archive.EntryRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Staff's answer to an appeal (申诉答复): the verdict, the reason the student is told, and — for an
 * upheld appeal — the input changes made before answering: the archive entries recorded, corrected or
 * revoked ({@link edu.yiban.core.archive.GrowthArchive#correct}), at least one. A rejected appeal names none.
 *
 * <pre>{@code
 * EntryRef fixed = archive.correct(wrong, corrected, "成绩录入有误");
 * rounds.answer(round, 1, Ruling.upheld("成绩录入有误，已更正并重新计算", fixed), counsellor);
 * }</pre>
 *
 * @param verdict upheld or rejected
 * @param reason  why, up to 500 characters
 * @param changes the input changes an upheld appeal made
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Ruling(
        @NotNull Verdict verdict,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 50) List<@NotNull EntryRef> changes) {

    public Ruling {
        changes = changes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(changes));
    }

    /** The appeal is upheld: the inputs were changed by {@code changes}. */
    public static Ruling upheld(String reason, EntryRef... changes) {
        return new Ruling(Verdict.UPHELD, reason, List.of(changes));
    }

    /** The appeal is rejected: the result stands. */
    public static Ruling rejected(String reason) {
        return new Ruling(Verdict.REJECTED, reason, List.of());
    }
}
