package edu.yiban.core.access;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Who changed what, and when (审计): every record the library writes names its {@link Actor}, and an audit reads them
 * back by the student they concern or by the person who wrote them. The answers come from the ledger itself, so they
 * are as trustworthy as its hash chains ({@code core.verify()}).
 *
 * <pre>{@code
 * for (AuditEntry e : core.audit().about(StudentNo.of("2022030117"))) {
 *     System.out.println(e.at() + " " + e.actor().map(Actor::toString).orElse("?") + " " + e.type() + " " + e.content());
 * }
 * core.audit().by(PersonId.of("T0931"));          // everything T0931 wrote, in person or through a system
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Audit {

    /**
     * Every record about {@code student}, oldest first: the entries, corrections and revocations of their growth
     * archive, and the directory's records of them (enrolment, status changes, transfers, cadre posts, parents, their
     * person and roles).
     */
    List<AuditEntry> about(StudentNo student);

    /** Every record {@code person} wrote, in person or through a campus system, in the order the ledger holds them. */
    List<AuditEntry> by(PersonId person);

    /** Every record {@code actor} wrote (this exact actor), in the order the ledger holds them. */
    List<AuditEntry> by(Actor actor);
}
