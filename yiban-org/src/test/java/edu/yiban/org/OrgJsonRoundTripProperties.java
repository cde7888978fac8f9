package edu.yiban.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.budget.Money;
import edu.yiban.org.budget.YearBudget;
import edu.yiban.org.json.YibanOrgModule;
import edu.yiban.org.plan.PlanPreset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every public value type of the plan and the budget reads back from its canonical JSON equal, and writes the same bytes again. */
class OrgJsonRoundTripProperties {
    /** The packages this property covers. */
    private static final List<String> PACKAGES = List.of("edu.yiban.org.plan.", "edu.yiban.org.budget.");
    /** Public types of those packages that are services, SPIs or helpers rather than values. */
    private static final Set<String> NOT_VALUES = Set.of(
            "edu.yiban.org.plan.ConstructionPlan", "edu.yiban.org.budget.Budget", "edu.yiban.org.budget.AllocationPolicy",
            "edu.yiban.org.budget.AllocationPolicies", "edu.yiban.org.budget.Apportionment");

    private final ObjectMapper json = YibanOrgModule.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(OrgArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 3000)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        byte[] first = YibanJson.write(json, value);

        Object back = YibanJson.read(json, first, value.getClass());

        assertThat(back).isEqualTo(value);
        assertThat(YibanJson.write(json, back)).isEqualTo(first);
    }

    @Example
    void everyPublicValueTypeOfThePlanAndTheBudgetHasAGenerator() {
        Set<String> missing = new TreeSet<>();
        Map<Class<?>, Arbitrary<?>> covered = OrgArbitraries.all();
        for (Class<?> type : publicTopLevelTypes()) {
            boolean value = !type.isInterface() && !Throwable.class.isAssignableFrom(type) && !NOT_VALUES.contains(type.getName());
            if (value && !covered.containsKey(type)) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("public value types without a JSON round-trip generator").isEmpty();
    }

    @Example
    void moneyIsAPlainDecimalNumberWithTwoPlaces() {
        assertThat(new String(YibanJson.write(json, Money.of("400000")), StandardCharsets.UTF_8)).isEqualTo("400000.00");
        assertThat(new String(YibanJson.write(json, Money.of("-0.5")), StandardCharsets.UTF_8)).isEqualTo("-0.50");
        assertThat(YibanJson.read(json, "400000".getBytes(StandardCharsets.UTF_8), Money.class)).isEqualTo(Money.of("400000.00"));
        assertThat(YibanJson.read(json, "\"12.3\"".getBytes(StandardCharsets.UTF_8), Money.class)).isEqualTo(Money.of("12.30"));
    }

    @Example
    void aYearBudgetIsCanonicalJson() {
        YearBudget budget = new YearBudget(java.time.Year.of(2023), Money.of("400000"),
                List.of(edu.yiban.org.budget.BudgetLine.of("hardware", "150000.5"), edu.yiban.org.budget.BudgetLine.of("awards", "249999.5")));

        assertThat(new String(YibanJson.write(json, budget), StandardCharsets.UTF_8)).isEqualTo(
                "{\"lines\":[{\"amount\":150000.50,\"category\":\"hardware\"},{\"amount\":249999.50,\"category\":\"awards\"}],"
                        + "\"total\":400000.00,\"year\":\"2023\"}");
    }

    @Example
    void theSeedPlanReadsBackEqual() {
        PlanPreset seed = PlanPreset.seed();

        assertThat(YibanJson.read(json, YibanJson.write(json, seed), PlanPreset.class)).isEqualTo(seed);
    }

    private static List<Class<?>> publicTopLevelTypes() {
        try {
            Path root = Path.of(YibanOrgModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .filter(name -> PACKAGES.stream().anyMatch(name::startsWith) && !name.endsWith("package-info"))
                        .map(OrgJsonRoundTripProperties::load)
                        .filter(c -> Modifier.isPublic(c.getModifiers()))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
