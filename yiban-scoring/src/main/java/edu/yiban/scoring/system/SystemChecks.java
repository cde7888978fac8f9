package edu.yiban.scoring.system;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks a system passes when loaded, every fault named by its path. */
final class SystemChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SystemChecks() {
    }

    public static void check(IndicatorSystem system) {
        List<Violation> found = new ArrayList<>();
        Set<String> indicators = new HashSet<>();
        for (int i = 0; i < system.indicators().size(); i++) {
            Indicator indicator = system.indicators().get(i);
            if (!indicators.add(indicator.code())) {
                found.add(violation("indicators[" + i + "].code", "system.indicator.twice", indicator.code()));
            }
        }
        if (system.root().weight().compareTo(BigDecimal.ONE) != 0) {
            found.add(violation("root.weight", "system.root.weight", system.root().weight().toPlainString()));
        }
        node(system.root(), "root", indicators, new HashSet<>(), found);
        for (int i = 0; i < system.vetoes().size(); i++) {
            Veto veto = system.vetoes().get(i);
            known(veto.indicator(), "vetoes[" + i + "].indicator", indicators, found);
        }
        for (int i = 0; i < system.gates().size(); i++) {
            Gate gate = system.gates().get(i);
            known(gate.indicator(), "gates[" + i + "].indicator", indicators, found);
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    private static void node(SystemNode node, String path, Set<String> indicators, Set<String> codes, List<Violation> found) {
        if (!codes.add(node.code())) {
            found.add(violation(path + ".code", "system.node.twice", node.code()));
        }
        if (node.weight().signum() < 0 || node.weight().compareTo(BigDecimal.ONE) > 0) {
            found.add(violation(path + ".weight", "system.weight.range", node.code(), node.weight().toPlainString()));
        }
        if (node.floor().isPresent() && node.cap().isPresent() && node.floor().get().compareTo(node.cap().get()) > 0) {
            found.add(violation(path + ".floor", "system.floor.cap", node.code(), node.floor().get().toPlainString(),
                    node.cap().get().toPlainString()));
        }
        for (int i = 0; i < node.adjustments().size(); i++) {
            Adjustment a = node.adjustments().get(i);
            known(a.indicator(), path + ".adjustments[" + i + "].indicator", indicators, found);
            if (a.perUnit().signum() < 0 || a.cap().map(c -> c.signum() < 0).orElse(false)) {
                found.add(violation(path + ".adjustments[" + i + "]", "system.adjustment.negative", a.code()));
            }
        }
        if (node.isLeaf()) {
            if (node.indicator().isEmpty() || node.normaliser().isEmpty()) {
                found.add(violation(path, "system.leaf", node.code()));
            } else {
                known(node.indicator().get(), path + ".indicator", indicators, found);
                normaliser(node.normaliser().get(), path + ".normaliser", node.code(), found);
            }
            return;
        }
        if (node.indicator().isPresent() || node.normaliser().isPresent()) {
            found.add(violation(path, "system.inner", node.code()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < node.children().size(); i++) {
            SystemNode child = node.children().get(i);
            sum = sum.add(child.weight());
            node(child, path + ".children[" + i + "]", indicators, codes, found);
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            found.add(violation(path + ".children", "system.weights.sum", node.code(), sum.toPlainString()));
        }
    }

    private static void normaliser(Normaliser normaliser, String path, String node, List<Violation> found) {
        if (normaliser instanceof Normaliser.MinMax m && m.min().isPresent() && m.max().isPresent()
                && m.min().get().compareTo(m.max().get()) >= 0) {
            found.add(violation(path, "system.min-max", node, m.min().get().toPlainString(), m.max().get().toPlainString()));
        } else if (normaliser instanceof Normaliser.TargetLinear t && t.floor().compareTo(t.target()) == 0) {
            found.add(violation(path, "system.target", node, t.floor().toPlainString()));
        } else if (normaliser instanceof Normaliser.Bands b) {
            Set<BigDecimal> froms = new HashSet<>();
            for (int i = 0; i < b.bands().size(); i++) {
                Normaliser.Band band = b.bands().get(i);
                if (band.score().signum() < 0 || band.score().compareTo(HUNDRED) > 0) {
                    found.add(violation(path + ".bands[" + i + "].score", "system.band.score", node, band.score().toPlainString()));
                }
                if (!froms.add(band.from().stripTrailingZeros())) {
                    found.add(violation(path + ".bands[" + i + "].from", "system.band.twice", node, band.from().toPlainString()));
                }
            }
        }
    }

    private static void known(String indicator, String path, Set<String> indicators, List<Violation> found) {
        if (!indicators.contains(indicator)) {
            found.add(violation(path, "system.indicator.unknown", indicator));
        }
    }

    private static Violation violation(String path, String key, Object... args) {
        return Violation.of(path, ScoringMessages.BUNDLE.text(key, args));
    }
}
