package edu.yiban.core.archive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where the proof of an archive entry lies: a certificate scan, a notice, a record in another system.
 *
 * @param reference where to find it: a URL, a file path or another system's record number
 * @param sha256    the SHA-256 of the document, 64 lower-case hex digits, when known
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Evidence(
        @NotBlank @Size(max = 500) String reference,
        Optional<@Pattern(regexp = "[0-9a-f]{64}") String> sha256) {

    public Evidence {
        sha256 = sha256 == null ? Optional.empty() : sha256;
    }

    /** Evidence at {@code reference}, without a document hash. */
    public static Evidence at(String reference) {
        return new Evidence(reference, Optional.empty());
    }
}
