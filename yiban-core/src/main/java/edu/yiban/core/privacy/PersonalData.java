package edu.yiban.core.privacy;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Personal information under the Personal Information Protection Law (个人信息保护法): people's sealed personal details,
 * their erasure, a subject's copy of everything the library keeps about them (个人信息查阅复制), and retention periods
 * (保存期限). Reach it as {@code core.personalData()}; docs/privacy.md tells the whole story.
 *
 * <h2>Sealing (加密封存)</h2>
 * {@link #record} writes the details into the ledger's {@code personal} stream sealed: encrypted with AES-256-GCM under
 * a key of the person's own, kept outside the ledger by a {@link SubjectKeys} store. The record holds the person's id,
 * the key's id, the nonce and the ciphertext, nothing in clear.
 *
 * <h2>Erasure (删除)</h2>
 * {@link #erase} records the erasure and destroys the person's keys. The ciphertext stays in the ledger, whose hash
 * chain still verifies, but nobody can read it any more; reads then say the details were erased, and when.
 *
 * <pre>{@code
 * PersonalData personal = core.personalData();
 * personal.record(PersonId.of("2022010101"), PersonalDetails.builder().mobile("13812345678").build());
 * personal.details(PersonId.of("2022010101")).orElseThrow().details();     // unsealed
 * personal.erase(PersonId.of("2022010101")).describe().zh();                  // 个人信息已于 … 删除…
 * SubjectExport copy = personal.exportFor(StudentNo.of("2022010101"));       // one JSON document
 * RetentionReport due = personal.pastRetention(LocalDate.of(2031, 7, 1));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface PersonalData {

    /**
     * Records {@code details} of {@code person}, sealed, replacing what was recorded before. A person whose details
     * were erased may have new ones recorded: they are sealed under a new key.
     *
     * @throws edu.yiban.core.error.NotFoundException if the campus directory does not know {@code person}
     * @throws PrivacyException                       if the subject keys cannot be written
     */
    StoredDetails record(PersonId person, PersonalDetails details);

    /**
     * The details of {@code person}, unsealed, or the state that says why they cannot be read (erased, and when);
     * empty when none were ever recorded.
     *
     * @throws PrivacyException if the subject keys cannot be read, or the details do not decrypt with their key
     */
    Optional<StoredDetails> details(PersonId person);

    /**
     * Erases the details of {@code person} at their request: records the erasure in the ledger, then destroys their
     * keys. Erasing erased details destroys their keys again (a store that failed the first time) and answers as
     * before.
     *
     * @throws edu.yiban.core.error.NotFoundException if no details of {@code person} were ever recorded
     * @throws PrivacyException                       if the keys cannot be destroyed; the erasure is recorded, and
     *                                                erasing again destroys them
     */
    StoredDetails erase(PersonId person);

    /**
     * Everything the library keeps about {@code person}, for them (个人信息查阅复制, PIPL Art. 45): their directory record,
     * their student record (placements and status changes), their parents and cadre posts, their personal details
     * (unsealed, or marked erased), every entry of their growth archive but those past retention, and what they
     * published and signed in to in the online spaces.
     *
     * @throws edu.yiban.core.error.NotFoundException if the campus directory does not know {@code person}
     */
    SubjectExport exportFor(PersonId person);

    /**
     * {@link #exportFor(PersonId)} of the student with 学号 {@code student}.
     *
     * @throws edu.yiban.core.error.NotFoundException if the campus directory has no such student
     */
    SubjectExport exportFor(StudentNo student);

    /** The retention policy in force: the last one adopted, or {@link RetentionPolicy#defaults()}. */
    RetentionPolicy retention();

    /** Adopts {@code policy} as the campus's retention policy, recorded in the ledger, from now on. */
    void adoptRetention(RetentionPolicy policy);

    /** What is past retention on {@code on} by the policy in force; changes nothing. */
    RetentionReport pastRetention(LocalDate on);

    /**
     * Applies the policy in force on {@code on}: the personal details past retention are erased (reason
     * {@link ErasureReason#RETENTION}), their keys destroyed; the archive entries past retention are reported, and
     * left out of subject exports from then on, but stay in the append-only ledger.
     */
    RetentionReport applyRetention(LocalDate on);

    /** The version of the {@code personal} stream. */
    long version();
}
