package edu.yiban.core.archive;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One event of a student's growth archive (成长档案): a grade, an award, volunteer hours, a post held, a
 * sanction. Entries are never edited or deleted; a correction is a new entry naming the one it
 * corrects ({@link GrowthArchive#correct}).
 *
 * <pre>{@code
 * ArchiveEntry award = ArchiveEntry.builder()
 *         .date(LocalDate.of(2023, 5, 20)).term(TermId.parse("2022-2023-2"))
 *         .category(Category.COMPETITION).dimension(Dimension.INTELLECTUAL).points(Points.of("6"))
 *         .title("全国大学生数学建模竞赛 省级一等奖")
 *         .attribute("level", "provincial").attribute("prize", "first")
 *         .source(SourceSystem.STUDENT_AFFAIRS).recordedBy(PersonId.of("T0931"))
 *         .visibility(Visibility.PUBLIC)
 *         .build();
 * }</pre>
 *
 * @param date       when it happened
 * @param term       the term it counts in
 * @param category   what kind of event it is
 * @param dimension  the dimension (德智体美劳) it counts in, where scoring applies
 * @param points     its points, where scoring applies; then a dimension is required
 * @param title      what happened, as people read it
 * @param attributes structured details that rules read (level, prize, hours, credits, score…), by key
 * @param source     the campus system it came from
 * @param recordedBy who recorded it
 * @param evidence   where the proof lies
 * @param visibility who may see it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ArchiveEntry(
        @NotNull LocalDate date,
        @NotNull TermId term,
        @NotNull Category category,
        Optional<Dimension> dimension,
        Optional<Points> points,
        @NotBlank @Size(max = MAX_TEXT) String title,
        @Size(max = MAX_ATTRIBUTES) SortedMap<@Pattern(regexp = "[a-z][A-Za-z0-9_.-]{0,31}") String, @NotNull @Size(max = MAX_TEXT) String> attributes,
        @NotNull SourceSystem source,
        @NotNull PersonId recordedBy,
        Optional<@Valid Evidence> evidence,
        @NotNull Visibility visibility) {

    /** The longest title and attribute value, in characters. */
    public static final int MAX_TEXT = 200;
    /** The most attributes an entry carries. */
    public static final int MAX_ATTRIBUTES = 32;

    public ArchiveEntry {
        dimension = dimension == null ? Optional.empty() : dimension;
        points = points == null ? Optional.empty() : points;
        evidence = evidence == null ? Optional.empty() : evidence;
        attributes = attributes == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    /** A builder with no attributes, no points and no evidence. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this entry, for a correction. */
    public Builder toBuilder() {
        Builder b = new Builder().date(date).term(term).category(category).title(title).source(source)
                .recordedBy(recordedBy).visibility(visibility);
        b.dimension = dimension;
        b.points = points;
        b.evidence = evidence;
        b.attributes.putAll(attributes);
        return b;
    }

    /** The attribute {@code key}, if present. */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** Builds an {@link ArchiveEntry}; what is missing is reported when the entry is recorded. */
    public static final class Builder {
        private @Nullable LocalDate date;
        private @Nullable TermId term;
        private @Nullable Category category;
        private Optional<Dimension> dimension = Optional.empty();
        private Optional<Points> points = Optional.empty();
        private @Nullable String title;
        private final SortedMap<String, String> attributes = new TreeMap<>();
        private @Nullable SourceSystem source;
        private @Nullable PersonId recordedBy;
        private Optional<Evidence> evidence = Optional.empty();
        private @Nullable Visibility visibility;

        private Builder() {
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder term(TermId term) {
            this.term = term;
            return this;
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** The dimension it counts in; {@code null} for none. */
        public Builder dimension(@Nullable Dimension dimension) {
            this.dimension = Optional.ofNullable(dimension);
            return this;
        }

        /** Its points; {@code null} for none. */
        public Builder points(@Nullable Points points) {
            this.points = Optional.ofNullable(points);
            return this;
        }

        /** Points in the given dimension. */
        public Builder points(Dimension dimension, Points points) {
            return dimension(dimension).points(points);
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder attribute(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        public Builder source(SourceSystem source) {
            this.source = source;
            return this;
        }

        public Builder recordedBy(PersonId recordedBy) {
            this.recordedBy = recordedBy;
            return this;
        }

        /** Where the proof lies; {@code null} for none. */
        public Builder evidence(@Nullable Evidence evidence) {
            this.evidence = Optional.ofNullable(evidence);
            return this;
        }

        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** The entry; a missing field is reported when it is recorded. */
        @SuppressWarnings("NullAway") // a missing field is reported by validation when the entry is recorded, naming it
        public ArchiveEntry build() {
            return new ArchiveEntry(date, term, category, dimension, points, title, attributes, source,
                    recordedBy, evidence, visibility);
        }
    }
}
