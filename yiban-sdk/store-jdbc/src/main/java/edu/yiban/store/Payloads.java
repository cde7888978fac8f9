package edu.yiban.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How a record's payload is kept in its row (the payload column of schema version 2): a form byte, then the body. The
 * chain covers the payload's exact bytes, which {@link #decode} gives back from the row, byte for byte.
 * <ul>
 *   <li>form {@code 0}: the body is the payload as given;</li>
 *   <li>form {@code 1}, <b>substituted</b> (替换编码): every byte of the body that is a code of {@link #TOKENS} (the
 *       bytes {@code 0x00}–{@code 0x1F} and {@code 0xF5}–{@code 0xFF}, which UTF-8 JSON text never holds: JSON escapes
 *       control characters, and UTF-8 never uses {@code 0xF5}–{@code 0xFF}) stands for its token's ASCII text; every
 *       other byte is itself. A verifier outside the library expands the codes with the table (docs/storage.md lists
 *       it) and gets the payload.</li>
 * </ul>
 * A payload that holds a code byte anywhere (not JSON text) is kept in form 0, as is one the tokens do not shorten.
 * The tokens are the archive entry record's keys in the order the library writes them, its visibility lists, and the
 * library's category, source and dimension codes; an archive entry's 252 bytes become about 70. The table is fixed: a
 * new table would be a new form.
 */
final class Payloads {
    static final byte AS_GIVEN = 0;
    static final byte SUBSTITUTED = 1;

    /** The tokens of form 1, each with its code, in code order. */
    static final List<Token> TOKENS = List.of(
            new Token(0x00, "{\"entry\":{\"attributes\":{"),
            new Token(0x01, "},\"category\":\""),
            new Token(0x02, "\",\"date\":\"20"),
            new Token(0x03, "\",\"date\":\""),
            new Token(0x04, "\",\"dimension\":\""),
            new Token(0x05, "\",\"points\":"),
            new Token(0x06, "\",\"recordedBy\":\""),
            new Token(0x07, ",\"recordedBy\":\""),
            new Token(0x08, "\",\"source\":\""),
            new Token(0x09, "\",\"term\":\"20"),
            new Token(0x0A, "\",\"term\":\""),
            new Token(0x0B, "\",\"title\":\""),
            new Token(0x0C, "\",\"visibility\":[\"STUDENT\",\"PARENT\",\"COUNSELLOR\",\"COLLEGE\",\"SCHOOL\"]}}"),
            new Token(0x0D, "\",\"visibility\":[\"STUDENT\",\"COUNSELLOR\",\"COLLEGE\",\"SCHOOL\"]}}"),
            new Token(0x0E, "\",\"visibility\":[\"STUDENT\",\"PARENT\",\"COUNSELLOR\",\"COLLEGE\",\"SCHOOL\",\"PUBLIC\"]}}"),
            new Token(0x0F, "\",\"visibility\":["),
            new Token(0x10, "\"STUDENT\""),
            new Token(0x11, "\"PARENT\""),
            new Token(0x12, "\"COUNSELLOR\""),
            new Token(0x13, "\"COLLEGE\""),
            new Token(0x14, "\"SCHOOL\""),
            new Token(0x15, "\"PUBLIC\""),
            new Token(0x16, "\":\""),
            new Token(0x17, "\",\""),
            new Token(0x18, "academic"),
            new Token(0x19, "award"),
            new Token(0x1A, "competition"),
            new Token(0x1B, "volunteer"),
            new Token(0x1C, "activity"),
            new Token(0x1D, "post"),
            new Token(0x1E, "discipline"),
            new Token(0x1F, "physical-test"),
            new Token(0xF5, "internship"),
            new Token(0xF6, "certificate"),
            new Token(0xF7, "evaluation"),
            new Token(0xF8, "youth-league"),
            new Token(0xF9, "academic-affairs"),
            new Token(0xFA, "student-affairs"),
            new Token(0xFB, "yiban"),
            new Token(0xFC, "manual"),
            new Token(0xFD, "INTELLECTUAL"),
            new Token(0xFE, "AESTHETIC"),
            new Token(0xFF, "PHYSICAL"));

    /** A code byte and the ASCII text it stands for. */
    record Token(int code, String text) {
        byte[] bytes() {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Each byte's expansion in form 1: a token's bytes for a code, null for a byte that is itself. */
    private static final byte[][] EXPANSION = new byte[256][];
    /** The tokens by their first byte, longest first: the encoder takes the longest that matches. */
    private static final byte[][][] BY_FIRST = new byte[256][][];
    private static final int[][] CODES_BY_FIRST = new int[256][];

    static {
        List<List<Token>> byFirst = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            byFirst.add(new ArrayList<>());
        }
        for (Token token : TOKENS) {
            if (EXPANSION[token.code()] != null || !isCode(token.code())) {
                throw new ExceptionInInitializerError("token code " + token.code() + " is taken or not a code byte");
            }
            EXPANSION[token.code()] = token.bytes();
            byFirst.get(token.bytes()[0] & 0xFF).add(token);
        }
        for (int b = 0; b < 256; b++) {
            List<Token> tokens = byFirst.get(b);
            tokens.sort(Comparator.comparingInt((Token t) -> t.text().length()).reversed());
            BY_FIRST[b] = tokens.stream().map(Token::bytes).toArray(byte[][]::new);
            CODES_BY_FIRST[b] = tokens.stream().mapToInt(Token::code).toArray();
        }
    }

    private Payloads() {
    }

    /** Whether a byte is a code byte of form 1: {@code 0x00}–{@code 0x1F} or {@code 0xF5}–{@code 0xFF}. */
    static boolean isCode(int b) {
        return b < 0x20 || b >= 0xF5;
    }

    /** The column's bytes for {@code payload}: form 1 where it is JSON-like text the tokens shorten, else form 0. */
    static byte[] encode(byte[] payload) {
        for (byte b : payload) {
            if (isCode(b & 0xFF)) {
                return asGiven(payload);
            }
        }
        byte[] out = new byte[payload.length + 1];
        out[0] = SUBSTITUTED;
        int o = 1;
        int i = 0;
        while (i < payload.length) {
            int first = payload[i] & 0xFF;
            byte[][] candidates = BY_FIRST[first];
            int taken = -1;
            for (int c = 0; c < candidates.length && taken < 0; c++) {
                if (startsWith(payload, i, candidates[c])) {
                    taken = c;
                }
            }
            if (taken < 0) {
                out[o++] = payload[i++];
            } else {
                out[o++] = (byte) CODES_BY_FIRST[first][taken];
                i += candidates[taken].length;
            }
            if (o > payload.length) {
                return asGiven(payload); // no shorter: kept as given, which reads faster
            }
        }
        return o == payload.length + 1 ? asGiven(payload) : Arrays.copyOf(out, o);
    }

    /** Whether {@code payload} holds {@code token} at {@code at}, whose first byte is known to match. */
    private static boolean startsWith(byte[] payload, int at, byte[] token) {
        if (at + token.length > payload.length) {
            return false;
        }
        for (int k = 1; k < token.length; k++) {
            if (payload[at + k] != token[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] asGiven(byte[] payload) {
        byte[] out = new byte[payload.length + 1];
        out[0] = AS_GIVEN;
        System.arraycopy(payload, 0, out, 1, payload.length);
        return out;
    }

    /**
     * The payload a column's bytes hold.
     *
     * @throws IllegalArgumentException if they are empty or of an unknown form
     */
    static byte[] decode(byte[] column) {
        if (column.length == 0) {
            throw new IllegalArgumentException("the payload column is empty: it starts with its form byte");
        }
        if (column[0] == AS_GIVEN) {
            return Arrays.copyOfRange(column, 1, column.length);
        }
        if (column[0] != SUBSTITUTED) {
            throw new IllegalArgumentException("the payload column is of form " + column[0] + ", not 0 or 1");
        }
        int length = 0;
        for (int i = 1; i < column.length; i++) {
            byte[] expansion = EXPANSION[column[i] & 0xFF];
            length += expansion == null ? 1 : expansion.length;
        }
        byte[] out = new byte[length];
        int o = 0;
        for (int i = 1; i < column.length; i++) {
            byte[] expansion = EXPANSION[column[i] & 0xFF];
            if (expansion == null) {
                out[o++] = column[i];
            } else {
                System.arraycopy(expansion, 0, out, o, expansion.length);
                o += expansion.length;
            }
        }
        return out;
    }
}
