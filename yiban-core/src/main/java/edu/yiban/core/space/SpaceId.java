package edu.yiban.core.space;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.validation.Checks;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The name of an online space: a kind and a key, written {@code class:EDU2201}. A class network space
 * (班级网络空间) has kind {@code class} and its class's code as key; other modules open spaces of their
 * own kinds (an organisation's space, a teacher's competition group).
 *
 * @param kind lower-case letters, digits and '-', up to 16
 * @param key  a code: a letter or digit, then up to 31 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SpaceId(String kind, String key) implements Comparable<SpaceId> {
    /** The kind of class network spaces. */
    public static final String CLASS = "class";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,15}");
    private static final Comparator<SpaceId> ORDER = Comparator.comparing(SpaceId::kind).thenComparing(SpaceId::key);

    /** Refuses a malformed kind or key, naming it. */
    public SpaceId {
        IdRules.check(kind, "spaceKind", KIND, "spaceKind");
        IdRules.check(key, "space", IdRules.CODE, "code");
    }

    /** The class network space of {@code classId}. */
    public static SpaceId ofClass(ClassId classId) {
        Checks.required(classId, "classId", IdRules.label("classId"));
        return new SpaceId(CLASS, classId.value());
    }

    /** Parses {@code kind:key}. */
    public static SpaceId parse(String text) {
        Checks.required(text, "space", IdRules.label("space"));
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw IdRules.malformed(text, "space", "space");
        }
        return new SpaceId(text.substring(0, colon), text.substring(colon + 1));
    }

    /** The ledger stream that keeps the space: {@code space:kind.key}. */
    public StreamId stream() {
        return StreamId.of("space", kind + "." + key);
    }

    @Override
    public int compareTo(SpaceId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + ":" + key;
    }
}
