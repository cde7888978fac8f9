package edu.yiban.scoring.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/** Rounds exact parts to hundredths so that they add up to a given shown total (largest remainder). */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Shown {
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Shown() {
    }

    /**
     * {@code parts} rounded down to hundredths, then one hundredth more to the parts with the largest
     * remainders (ties: the earlier part) until they add up to {@code total}. With no parts, empty. The
     * total must lie within what the parts can round to (it does when it is their exact sum rounded).
     */
    public static List<BigDecimal> largestRemainder(List<BigDecimal> parts, BigDecimal total) {
        List<BigDecimal> floors = new ArrayList<>(parts.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            BigDecimal floor = part.setScale(Scored.SHOWN_SCALE, RoundingMode.FLOOR);
            floors.add(floor);
            sum = sum.add(floor);
        }
        if (parts.isEmpty()) {
            return floors;
        }
        int missing = total.subtract(sum).divide(HUNDREDTH, 0, RoundingMode.UNNECESSARY).intValueExact();
        if (missing < 0 || missing > parts.size()) {
            throw new IllegalStateException("shown total " + total + " cannot come from parts " + parts);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> parts.get(i).subtract(floors.get(i))).reversed().thenComparing(i -> i));
        for (int k = 0; k < missing; k++) {
            int i = order.get(k);
            floors.set(i, floors.get(i).add(HUNDREDTH));
        }
        return floors;
    }
}
