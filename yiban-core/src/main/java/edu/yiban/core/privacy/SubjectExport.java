package edu.yiban.core.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.id.PersonId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A subject's copy of what the library keeps about them (个人信息副本), made by {@link PersonalData#exportFor}: one JSON
 * document whose parts come in a fixed order ({@code format}, {@code subject}, {@code madeAt}, {@code person},
 * {@code student}, {@code parents}, {@code cadrePosts}, {@code personalDetails}, {@code archive}, {@code spaces}), each
 * value written canonically (properties in name order). Personal details are in clear: it is for the subject.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SubjectExport {
    /** The document's format name, its first property. */
    public static final String FORMAT = "yiban-subject-export-v1";

    private final PersonId subject;
    private final Instant madeAt;
    private final ObjectNode document;

    /** An export of {@code subject} made at {@code madeAt}; {@code document} is copied. */
    public SubjectExport(PersonId subject, Instant madeAt, ObjectNode document) {
        this.subject = Objects.requireNonNull(subject, "subject is null");
        this.madeAt = Objects.requireNonNull(madeAt, "madeAt is null");
        this.document = Objects.requireNonNull(document, "document is null").deepCopy();
    }

    /** Whose export it is. */
    public PersonId subject() {
        return subject;
    }

    /** When it was made, by the ledger's clock. */
    public Instant madeAt() {
        return madeAt;
    }

    /** The document, a copy. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    /** The part {@code name} of the document (e.g. {@code "archive"}), a copy; a missing node when absent. */
    public JsonNode part(String name) {
        return document.path(name).deepCopy();
    }

    /** The document as UTF-8 JSON, indented for people to read. */
    public byte[] json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export's tree does not write as JSON", e);
        }
    }

    /** The document as JSON text. */
    public String jsonText() {
        return new String(json(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SubjectExport[" + subject + " at " + madeAt + "]";
    }
}
