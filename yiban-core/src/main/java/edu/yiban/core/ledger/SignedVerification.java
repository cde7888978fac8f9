package edu.yiban.core.ledger;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A ledger checked against {@link SignedHeads} and a public key (签名核验结果).
 *
 * @param signatureValid whether the key made the signature over the heads as they are
 * @param keyMatches     whether the heads name the key's id (false: signed by another key, or for another campus)
 * @param breaks         each signed stream's first broken record at or below its signed head: rewritten
 *                       ({@link ChainBreak.Problem#NOT_AT_CHECKPOINT}, {@code ALTERED}, …) or cut ({@code MISSING})
 * @param unsigned       for each stream with records past its signed head (or not signed at all), how many: appended
 *                       after the signature, so nothing vouches for them
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignedVerification(boolean signatureValid, boolean keyMatches, List<ChainBreak> breaks,
                                 SortedMap<StreamId, Long> unsigned) {
    /** Checks the parts. */
    public SignedVerification {
        breaks = List.copyOf(Objects.requireNonNull(breaks, "breaks is null"));
        unsigned = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(unsigned, "unsigned is null")));
    }

    /** Whether everything signed is there as signed: a valid signature by the key, and no break at or below a head. */
    public boolean signedPartIntact() {
        return signatureValid && keyMatches && breaks.isEmpty();
    }

    /** Whether the ledger is exactly as signed: its signed part intact, and no record past the heads. */
    public boolean ok() {
        return signedPartIntact() && unsigned.isEmpty();
    }

    /** How many records lie past the signed heads, in all. */
    public long unsignedRecords() {
        return unsigned.values().stream().mapToLong(Long::longValue).sum();
    }
}
