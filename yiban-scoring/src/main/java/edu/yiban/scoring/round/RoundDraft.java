package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a round will evaluate (测评批次草案): its code and name, the term or academic year, the evaluation
 * by code and version, and the publicity rule when it differs from the policy's default. Once drafted,
 * the round records the rule it will use ({@link Round#draft()} always has one).
 *
 * @param id         the round's code
 * @param name       its name, up to {@value #MAX_NAME} characters in each language, e.g. 2022—2023 学年第一学期综合测评
 * @param period     the term or academic year evaluated
 * @param evaluation the evaluation's code
 * @param version    the evaluation's version
 * @param publicity  the publicity rule, when not the policy's
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RoundDraft(
        @NotNull RoundId id,
        @NotNull @Valid Bilingual name,
        @NotNull RoundPeriod period,
        @NotBlank @Size(max = 64) String evaluation,
        @NotBlank @Size(max = 64) String version,
        Optional<@Valid PublicityRule> publicity) {
    /** The longest name, in characters, so that an archive title quoting it stays readable. */
    public static final int MAX_NAME = 60;

    public RoundDraft {
        publicity = publicity == null ? Optional.empty() : publicity;
    }

    /** A draft taking the policy's publicity rule. */
    public static RoundDraft of(RoundId id, Bilingual name, RoundPeriod period, String evaluation, String version) {
        return new RoundDraft(id, name, period, evaluation, version, Optional.empty());
    }

    /** The same draft with its own publicity rule. */
    public RoundDraft withPublicity(PublicityRule rule) {
        return new RoundDraft(id, name, period, evaluation, version, Optional.of(rule));
    }
}
