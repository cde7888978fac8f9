package edu.yiban.org.recruitment;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.Presets;
import edu.yiban.org.json.YibanOrgModule;
import edu.yiban.org.tree.Position;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.InputStream;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The fairness rules of a work station's recruitment (工作站招新) and rotation (换届轮换), declared in JSON
 * beside the charter. The charter says how many recommended students the station may have (the seed:
 * 20–30); the preset says how the seats go to the colleges' recommendations. {@link #seed()} is the
 * default, {@code presets/recruitment-seed.json}:
 *
 * <pre>{@code
 * {"id": "qiongtai-2022-station", "name": {"zh": "…", "en": "…"},
 *  "position": "member", "minPerCollege": 1, "maxTermsServed": 4}
 * }</pre>
 *
 * <p>Fields left out: {@code position} is {@code member}; {@code targetSize} is the charter's most;
 * {@code minPerCollege} is 1; no {@code maxPerCollege} means no cap; no {@code maxTermsServed} means no
 * limit on terms of service.
 *
 * @param id             the preset's code
 * @param name           its name in both languages
 * @param position       the position students are appointed to; the charter's slots of this position
 *                       whose qualification asks {@code recommended} give the station's bounds
 * @param targetSize     how many students the selection fills the station to, held within the charter's
 *                       bounds; absent: the charter's most
 * @param minPerCollege  the seats (保底名额) each college with a pending recommendation is sure of, as far
 *                       as the charter's most allows, even past the target
 * @param maxPerCollege  the most seats one college may hold, if capped
 * @param maxTermsServed the most terms (学期 of the campus calendar) a student may serve; a student who has
 *                       served them leaves at the next rotation and is not chosen again
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RecruitmentPreset(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,63}") String id,
        @NotNull @Valid Bilingual name,
        Position position,
        Optional<@Min(1) Integer> targetSize,
        @Min(0) Integer minPerCollege,
        Optional<@Min(1) Integer> maxPerCollege,
        Optional<@Min(1) Integer> maxTermsServed) {

    /** The resource of the default preset. */
    public static final String SEED_RESOURCE = "/edu/yiban/org/presets/recruitment-seed.json";

    public RecruitmentPreset {
        position = position == null ? Position.MEMBER : position;
        targetSize = targetSize == null ? Optional.empty() : targetSize;
        minPerCollege = minPerCollege == null ? 1 : minPerCollege;
        maxPerCollege = maxPerCollege == null ? Optional.empty() : maxPerCollege;
        maxTermsServed = maxTermsServed == null ? Optional.empty() : maxTermsServed;
        if (maxPerCollege.isPresent() && maxPerCollege.get() < minPerCollege) {
            throw OrgChecks.invalid("maxPerCollege", "recruitment.preset.per-college", maxPerCollege.get(), minPerCollege);
        }
    }

    /** The default preset: one seat sure for each college, then turns by rank; at most four terms of service. */
    public static RecruitmentPreset seed() {
        return YibanJson.resource(RecruitmentPreset.class.getResourceAsStream(SEED_RESOURCE), SEED_RESOURCE, RecruitmentPreset::fromJson);
    }

    /**
     * Reads and checks a preset. A malformed one is refused with every problem named by its JSON path, in
     * Chinese and English, e.g. a negative {@code minPerCollege} or a {@code maxPerCollege} below it.
     */
    public static RecruitmentPreset fromJson(InputStream json) {
        return Presets.read(Json.MAPPER, json, RecruitmentPreset.class);
    }

    /** The same preset with another target size. */
    public RecruitmentPreset withTargetSize(int size) {
        return new RecruitmentPreset(id, name, position, Optional.of(size), minPerCollege, maxPerCollege, maxTermsServed);
    }

    /** The same preset with another number of seats each college is sure of. */
    public RecruitmentPreset withMinPerCollege(int seats) {
        return new RecruitmentPreset(id, name, position, targetSize, seats, maxPerCollege, maxTermsServed);
    }

    /** The same preset with a cap of {@code seats} per college. */
    public RecruitmentPreset withMaxPerCollege(int seats) {
        return new RecruitmentPreset(id, name, position, targetSize, minPerCollege, Optional.of(seats), maxTermsServed);
    }

    /** The same preset with a limit of {@code terms} terms of service (empty: none). */
    public RecruitmentPreset withMaxTermsServed(Optional<Integer> terms) {
        return new RecruitmentPreset(id, name, position, targetSize, minPerCollege, maxPerCollege, terms);
    }

    /** The canonical mapper with the organisation's module, built when first read. */
    private static final class Json {
        static final ObjectMapper MAPPER = YibanOrgModule.newMapper();
    }
}
