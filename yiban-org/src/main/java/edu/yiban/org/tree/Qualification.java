package edu.yiban.org.tree;

import edu.yiban.core.directory.Role;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who may fill a charter slot. Every condition given must hold; {@code anyOf}, when not empty, asks that
 * at least one of its qualifications holds too. In JSON:
 * <pre>
 * {"office": "head@student-affairs"}                   holds that office on the day
 * {"office": "party-branch-secretary@$college"}        … in the node's own college
 * {"role": "TEACHER"}                                  holds that directory role
 * {"role": "COUNSELLOR", "ofCollege": true}            … and works in the node's college
 * {"student": true, "ofCollege": true}                 a studying student of the node's college
 * {"studentLeader": true}                              a studying student holding a class cadre post or a post in a work station
 * {"recommended": true}                                recommended by a college to the node
 * {"anyOf": [ {…}, {…} ]}
 * </pre>
 *
 * <p>Flags left out of the JSON are false.
 *
 * @param office        an office as {@code title@unit}; the unit {@code $college} stands for the node's college
 * @param role          a directory role
 * @param student       whether a studying student is required
 * @param studentLeader whether a student leader (学生骨干) is required
 * @param ofCollege     whether the person must belong to the node's college
 * @param recommended   whether a college must have recommended the person to the node
 * @param anyOf         alternatives, at least one of which must hold
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Qualification(
        Optional<String> office,
        Optional<Role> role,
        Boolean student,
        Boolean studentLeader,
        Boolean ofCollege,
        Boolean recommended,
        List<@Valid Qualification> anyOf) {

    /** The placeholder for the node's own college in an office's unit. */
    public static final String OWN_COLLEGE = "$college";

    public Qualification {
        office = office == null ? Optional.empty() : office;
        role = role == null ? Optional.empty() : role;
        student = Boolean.TRUE.equals(student);
        studentLeader = Boolean.TRUE.equals(studentLeader);
        ofCollege = Boolean.TRUE.equals(ofCollege);
        recommended = Boolean.TRUE.equals(recommended);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Holding {@code office} ({@code title@unit}). */
    public static Qualification office(String office) {
        return new Qualification(Optional.of(office), Optional.empty(), false, false, false, false, List.of());
    }

    /** Holding {@code role}. */
    public static Qualification role(Role role) {
        return new Qualification(Optional.empty(), Optional.of(role), false, false, false, false, List.of());
    }

    /** One of {@code alternatives}. */
    public static Qualification anyOf(Qualification... alternatives) {
        return new Qualification(Optional.empty(), Optional.empty(), false, false, false, false, List.of(alternatives));
    }
}
