package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * A standard for allocating YiBan funds to colleges (按一定标准为各学院划拨经费): it gives each college a
 * weight, and the {@link Apportionment} divides the amount in proportion, exactly to the fen. The
 * library's policies come from {@link AllocationPolicies}; a campus system or plugin adds its own by
 * implementing this interface (a service provider interface, SPI).
 *
 * <p>A policy must be deterministic (the same context gives the same weights), give every college of
 * the context a weight (zero allowed, none negative, at least one positive), and refuse a context it
 * cannot weigh with an {@link edu.yiban.core.error.InvalidInputException} naming the field. Its {@link #id()}
 * is stable: it is kept with every allocation made with it, with {@link #parameters()}.
 *
 * <pre>{@code
 * AllocationPolicy byActivity = new AllocationPolicy() {
 *     public String id() { return "campus.active-classes"; }
 *     public String name() { return "按活跃班级数"; }
 *     public String nameEn() { return "By active classes"; }
 *     public Map<CollegeId, BigDecimal> weights(AllocationContext context) { … }
 * };
 * Allocation a = budget.allocate(request, AllocationPolicies.perStudent());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface AllocationPolicy {

    /** The policy's stable id, e.g. {@code per-student}: lower-case letters, digits, '.' or '-'. */
    String id();

    /** Its Chinese name, e.g. 按学生人数. */
    String name();

    /** Its English name, e.g. "By number of students". */
    String nameEn();

    /** The parameters it was configured with, by name, as text (none by default). */
    default SortedMap<String, String> parameters() {
        return Collections.emptySortedMap();
    }

    /** The weight of every college of {@code context}; none negative, at least one positive. */
    Map<CollegeId, BigDecimal> weights(AllocationContext context);

    /** The policy as an allocation keeps it. */
    default PolicyDescription describe() {
        return new PolicyDescription(id(), name(), nameEn(), parameters());
    }
}
