package edu.yiban.core.space;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An activity (活动) of the space, held online, on site, or both in step (线上线下同步), that members sign
 * in to (签到). An online activity gives a URL, an on-site one a place, a blended one both; it ends after
 * it starts. Members sign in once, through a channel its {@link ActivityMode} allows, within its
 * {@link SignInWindow} (by default from 30 minutes before the start to the end).
 *
 * <pre>{@code
 * Activity meeting = Activity.builder()
 *         .title("主题班会：网络素养").mode(ActivityMode.BLENDED)
 *         .startsAt(Instant.parse("2022-10-12T11:00:00Z")).endsAt(Instant.parse("2022-10-12T12:30:00Z"))
 *         .location("11 号楼 201").url("https://www.yiban.cn/live/2201")
 *         .build();
 * ContentId id = space.planActivity(counsellor, meeting);
 * }</pre>
 *
 * @param title        its title
 * @param body         what it is about; may be empty
 * @param mode         how it is held
 * @param startsAt     when it starts
 * @param endsAt       when it ends, after the start
 * @param location     where it is held on site; required unless online (a blank place counts as none)
 * @param url          where it is held online ({@code http} or {@code https}); required unless on site
 * @param signInWindow when members may sign in
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Activity(
        @NotBlank @Size(max = 100) String title,
        @NotNull @Size(max = 10_000) String body,
        @NotNull ActivityMode mode,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        Optional<@Size(max = 200) String> location,
        Optional<@Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+") String> url,
        @NotNull @Valid SignInWindow signInWindow) implements SpaceContent {

    /** Reads a missing place or URL as none; the rest is checked when the activity is planned. */
    public Activity {
        // a blank place is no place: the mode's rule then asks for one (Bean Validation reads an empty Optional as null)
        location = location == null ? Optional.empty() : location.filter(place -> !place.isBlank());
        url = url == null ? Optional.empty() : url;
    }

    /** A builder with an empty body and the {@link SignInWindow#DEFAULT default} sign-in window. */
    public static Builder builder() {
        return new Builder();
    }

    /** When sign-in opens. */
    public Instant signInOpensAt() {
        return signInWindow.opensAt(startsAt);
    }

    /** When sign-in closes: the first instant a sign-in is refused. */
    public Instant signInClosesAt() {
        return signInWindow.closesAt(endsAt);
    }

    /** Whether a sign-in at {@code instant} falls within the window. */
    public boolean signInOpenAt(Instant instant) {
        return !instant.isBefore(signInOpensAt()) && instant.isBefore(signInClosesAt());
    }

    @Override
    public ContentKind kind() {
        return ContentKind.ACTIVITY;
    }

    /** Builds an {@link Activity}; what is missing is reported when the activity is planned. */
    public static final class Builder {
        private @Nullable String title;
        private String body = "";
        private @Nullable ActivityMode mode;
        private @Nullable Instant startsAt;
        private @Nullable Instant endsAt;
        private @Nullable String location;
        private @Nullable String url;
        private SignInWindow signInWindow = SignInWindow.DEFAULT;

        private Builder() {
        }

        /** The title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** What it is about (empty unless set). */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** How it is held. */
        public Builder mode(ActivityMode mode) {
            this.mode = mode;
            return this;
        }

        /** When it starts. */
        public Builder startsAt(Instant startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        /** When it ends. */
        public Builder endsAt(Instant endsAt) {
            this.endsAt = endsAt;
            return this;
        }

        /** Where it is held on site; {@code null} for none. */
        public Builder location(@Nullable String location) {
            this.location = location;
            return this;
        }

        /** Where it is held online; {@code null} for none. */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /** Overrides the {@link SignInWindow#DEFAULT default} sign-in window. */
        public Builder signInWindow(SignInWindow signInWindow) {
            this.signInWindow = signInWindow;
            return this;
        }

        /** The activity; it is checked when it is planned. */
        @SuppressWarnings("NullAway") // a missing field is reported by validation when the activity is planned, naming it
        public Activity build() {
            return new Activity(title, body, mode, startsAt, endsAt, Optional.ofNullable(location),
                    Optional.ofNullable(url), signInWindow);
        }
    }
}
