package edu.yiban.core.archive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Points summed per dimension (德智体美劳), exactly.
 *
 * @param points the sum of each dimension's points; every dimension is present, zero when none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DimensionTotals(Map<Dimension, Points> points) {
    public DimensionTotals {
        Objects.requireNonNull(points, "points is null");
        EnumMap<Dimension, Points> all = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            all.put(d, points.getOrDefault(d, Points.ZERO));
        }
        points = Collections.unmodifiableMap(all);
    }

    /** The points of {@code dimension}. */
    public Points of(Dimension dimension) {
        return points.getOrDefault(dimension, Points.ZERO); // every dimension is in the map
    }

    /** The sum over all dimensions. */
    public Points total() {
        return points.values().stream().reduce(Points.ZERO, Points::plus);
    }
}
