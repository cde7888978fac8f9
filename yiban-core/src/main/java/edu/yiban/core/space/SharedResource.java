package edu.yiban.core.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A resource shared on the space's network disk (网盘): the file's metadata only. Where its bytes are
 * kept is the campus app's business; {@code sha256} lets anyone check a copy against what was shared.
 *
 * <pre>{@code
 * space.shareResource(teacher, SharedResource.of("高等数学期中复习.pdf", 1_482_113, "application/pdf"));
 * }</pre>
 *
 * @param fileName  the file's name, without any folder
 * @param size      its size in bytes
 * @param mediaType its media type, {@code type/subtype}, e.g. {@code application/pdf}
 * @param sha256    its SHA-256 digest in lower-case hexadecimal, where known
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SharedResource(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[^/\\\\\\p{Cntrl}]+") String fileName,
        @PositiveOrZero long size,
        @NotBlank @Size(max = 127) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*")
        String mediaType,
        Optional<@Pattern(regexp = "[0-9a-f]{64}") String> sha256) implements SpaceContent {

    /** Reads a missing digest as none; the rest is checked when the resource is shared. */
    public SharedResource {
        sha256 = sha256 == null ? Optional.empty() : sha256;
    }

    /** A resource whose digest is not known. */
    public static SharedResource of(String fileName, long size, String mediaType) {
        return new SharedResource(fileName, size, mediaType, Optional.empty());
    }

    /** The same resource with its SHA-256 digest. */
    public SharedResource withSha256(String digest) {
        return new SharedResource(fileName, size, mediaType, Optional.ofNullable(digest));
    }

    @Override
    public ContentKind kind() {
        return ContentKind.RESOURCE;
    }
}
