package edu.yiban.importers.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apiguardian.api.API;

/** Reading the bytes of a campus file: UTF-8 (with or without its byte order mark) or GBK. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Encodings {
    /** GBK, as Chinese editions of Excel save "CSV". */
    public static final Charset GBK = Charset.forName("GBK");

    private Encodings() {
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise GBK. */
    public static Charset detect(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8).isPresent() ? StandardCharsets.UTF_8 : GBK;
    }

    /** The text of {@code bytes} in {@code charset}, or empty when they are not valid in it. */
    public static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
