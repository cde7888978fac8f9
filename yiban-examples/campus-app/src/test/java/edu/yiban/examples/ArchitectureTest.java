package edu.yiban.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lines of DESIGN.md: modules depend one way only ({@code core ← org ← scoring ← sdk}), the plain
 * Java modules keep Guice, JDBC and test libraries out of their main code, and nobody reaches into
 * another module's {@code internal} packages. The SDK sees every module below it, so the test lives here.
 */
class ArchitectureTest {
    /** The library's packages (the examples are apps, not library). */
    private static final String[] LIBRARY = {"edu.yiban.core..", "edu.yiban.org..", "edu.yiban.scoring..", "edu.yiban.sdk..",
            "edu.yiban.store..", "edu.yiban.importers.."};
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the core's test fixtures arrive as yiban-core-…-tests.jar in a full build, as test-classes alone
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("edu.yiban");
    }

    @Test
    void theCoreModuleIsImported() {
        assertThat(main.containPackage("edu.yiban.core.ledger")).isTrue();
        assertThat(main.stream().filter(c -> c.getPackageName().startsWith("edu.yiban.core"))).hasSizeGreaterThan(50);
    }

    @Test
    void modulesDependOneWayOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("core").definedBy("edu.yiban.core..")
                .layer("org").definedBy("edu.yiban.org..")
                .layer("scoring").definedBy("edu.yiban.scoring..")
                .layer("sdk").definedBy("edu.yiban.sdk..")
                .layer("store").definedBy("edu.yiban.store..")
                .whereLayer("sdk").mayNotBeAccessedByAnyLayer()
                .whereLayer("store").mayNotBeAccessedByAnyLayer()
                .whereLayer("scoring").mayOnlyBeAccessedByLayers("sdk")
                .whereLayer("org").mayOnlyBeAccessedByLayers("scoring", "sdk")
                .whereLayer("core").mayOnlyBeAccessedByLayers("org", "scoring", "sdk", "store")
                .check(main);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "org", "scoring"})
    void plainJavaModulesKeepGuiceJdbcAndTestLibrariesOut(String module) {
        noClasses().that().resideInAPackage("edu.yiban." + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.google.inject..", "java.sql..", "javax.sql..",
                        "org.junit..", "net.jqwik..", "org.assertj..", "com.tngtech.archunit..")
                .allowEmptyShould(true)
                .because("core, org and scoring are plain Java: no Guice, no JDBC, no test libraries (DESIGN.md)")
                .check(main);
    }

    @Test
    void onlyTheSdkTestKitUsesTestLibraries() {
        noClasses().that().resideInAPackage("edu.yiban.sdk..").and().resideOutsideOfPackage("edu.yiban.sdk.testkit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.junit..", "net.jqwik..", "org.opentest4j..", "org.assertj..", "com.tngtech.archunit..")
                .because("JUnit and jqwik are optional dependencies of the SDK that only its storage test kit uses, "
                        + "so an app that embeds the SDK never needs them (docs/storage.md)")
                .check(main);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "org", "scoring", "sdk"})
    void nobodyReachesIntoAnotherModulesInternals(String module) {
        noClasses().that().resideOutsideOfPackage("edu.yiban." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("edu.yiban." + module + ".internal..")
                .allowEmptyShould(true)
                .because("a module's internal packages are its own")
                .check(main);
    }

    @Test
    void guiceStaysInTheGuicePackage() {
        noClasses().that().resideInAPackage("edu.yiban.sdk..").and().resideOutsideOfPackage("edu.yiban.sdk.guice..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
                .because("Guice is one way to wire the runtime; an app that wants no Guice never sees it")
                .check(main);
    }

    @Test
    void everyPublicTopLevelTypeStatesItsStabilityFromOnePointOneZeroAndNothingIsStableBeforeOnePointZero() {
        classes().that().resideInAnyPackage(LIBRARY).and().arePublic().and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("be annotated @API(since = \"0.1.0\"), EXPERIMENTAL or "
                        + "MAINTAINED, INTERNAL in internal packages and those exported to the library's modules only") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        Optional<API> api = type.tryGetAnnotationOfType(API.class);
                        boolean internal = ApiSurfaceTest.isInternal(type.getPackageName())
                                || QUALIFIED_ONLY.contains(type.getPackageName());
                        boolean ok = api.isPresent() && api.get().since().equals("0.1.0")
                                && (internal ? api.get().status() == API.Status.INTERNAL
                                        : api.get().status() == API.Status.EXPERIMENTAL
                                                || api.get().status() == API.Status.MAINTAINED);
                        if (!ok) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " has "
                                    + api.map(a -> "@API(status = " + a.status() + ", since = \"" + a.since() + "\")")
                                            .orElse("no @API")));
                        }
                    }
                })
                .because("users read a type's stability before they rely on it; nothing is STABLE before 1.0")
                .check(main);
    }

    /**
     * No package of the library reaches a package that reaches it back. Issue 12 found one cycle through all 14
     * core packages and others in every module; a new one fails here, naming the packages that reach each other
     * (a strongly connected group of the package graph).
     */
    @Test
    void noPackageCycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        main.stream().filter(ArchitectureTest::isLibrary).forEach(type -> {
            Set<String> targets = graph.computeIfAbsent(shortName(type.getPackageName()), p -> new java.util.TreeSet<>());
            type.getDirectDependenciesFromSelf().stream().map(dependency -> dependency.getTargetClass().getBaseComponentType())
                    .filter(ArchitectureTest::isLibrary)
                    .map(target -> shortName(target.getPackageName()))
                    .filter(target -> !target.equals(shortName(type.getPackageName())))
                    .forEach(targets::add);
        });
        assertThat(PackageCycles.of(graph)).as("groups of packages that reach each other").isEmpty();
    }

    private static boolean isLibrary(JavaClass type) {
        return Arrays.stream(LIBRARY).anyMatch(p -> type.getPackageName().startsWith(p.replace("..", "")));
    }

    private static String shortName(String packageName) {
        return packageName.substring("edu.yiban.".length());
    }

    /** The strongly connected groups (two packages or more) of a package graph, by Tarjan's algorithm. */
    private static final class PackageCycles {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new java.util.HashMap<>();
        private final Map<String, Integer> low = new java.util.HashMap<>();
        private final java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        private final Set<Set<String>> groups = new java.util.HashSet<>();

        private PackageCycles(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        static Set<Set<String>> of(Map<String, Set<String>> graph) {
            PackageCycles cycles = new PackageCycles(graph);
            graph.keySet().forEach(node -> {
                if (!cycles.index.containsKey(node)) {
                    cycles.visit(node);
                }
            });
            return cycles.groups;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> group = new java.util.TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    group.add(member);
                } while (!member.equals(node));
                if (group.size() > 1) {
                    groups.add(Set.copyOf(group));
                }
            }
        }
    }

    /** The library's module descriptors, one per artifact, read from the folders or jars its classes come from. */
    private static Map<String, ModuleDescriptor> modules() {
        Map<String, ModuleDescriptor> modules = new TreeMap<>();
        main.stream().filter(type -> Arrays.stream(LIBRARY).anyMatch(p -> type.getPackageName().startsWith(p.replace("..", ""))))
                .collect(Collectors.groupingBy(ApiSurfaceTest::artifactOf, Collectors.reducing((a, b) -> a)))
                .forEach((artifact, type) -> type.flatMap(ApiSurfaceTest::moduleOf)
                        .ifPresent(module -> modules.put(artifact, module)));
        return modules;
    }

    /** The packages some library module exports to everyone. */
    private static Set<String> exportedPackages() {
        return modules().values().stream().flatMap(module -> ApiSurfaceTest.unqualifiedExports(module).stream())
                .collect(Collectors.toSet());
    }

    @Test
    void everyLibraryArtifactIsAModuleThatExportsNoInternalPackageToEveryone() {
        Map<String, ModuleDescriptor> modules = modules();
        assertThat(modules).as("artifacts with a module-info").containsOnlyKeys(
                "yiban-core", "yiban-org", "yiban-scoring", "yiban-sdk", "yiban-store-jdbc", "yiban-guice", "yiban-testkit", "yiban-importers");
        modules.forEach((artifact, module) -> {
            assertThat(ApiSurfaceTest.unqualifiedExports(module)).as(artifact + " exports to everyone").isNotEmpty()
                    .noneMatch(ApiSurfaceTest::isInternal);
            module.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                    .forEach(exports -> assertThat(exports.targets()).as(exports.source() + " exported to")
                            .allMatch(target -> target.startsWith("edu.yiban.")));
        });
    }

    /** Packages a library module exports to the library's other modules only (the ledger's append package). */
    private static final Set<String> QUALIFIED_ONLY = Set.of("edu.yiban.core.ledger.append");

    @Test
    void thePackagesExportedToTheLibraryOnlyAreTheOnesNamedHere() {
        Set<String> qualifiedOnly = modules().values().stream().flatMap(module -> module.exports().stream())
                .filter(ModuleDescriptor.Exports::isQualified).map(ModuleDescriptor.Exports::source)
                .filter(source -> !ApiSurfaceTest.isInternal(source)).collect(Collectors.toSet());
        assertThat(qualifiedOnly).isEqualTo(QUALIFIED_ONLY);
    }

    @Test
    void onlyTheLibraryAndItsBenchmarksAppendToTheLibrarysStreams() {
        noClasses().that().resideOutsideOfPackages("edu.yiban.core..", "edu.yiban.org..", "edu.yiban.scoring..",
                        "edu.yiban.sdk..", "edu.yiban.examples.benchmarks..")
                .should().dependOnClassesThat().resideInAnyPackage(QUALIFIED_ONLY.toArray(String[]::new))
                .because("an app reads and verifies the ledger (Ledger) but writes only through the modules' commands, "
                        + "which check what they write; the benchmarks measure the append path itself")
                .check(main);
    }

    @Test
    void noPublicSignatureOfAnExportedPackageNamesAnInternalType() {
        Set<String> exported = exportedPackages();
        assertThat(exported).contains("edu.yiban.core.ledger", "edu.yiban.sdk");
        classes().that(new DescribedPredicate<JavaClass>("are public types of exported packages") {
                    @Override
                    public boolean test(JavaClass type) {
                        return exported.contains(type.getPackageName()) && ApiSurfaceTest.isPublicType(type);
                    }
                })
                .should(new ArchCondition<JavaClass>("name no internal type in a public or protected signature") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        List<String> found = new ArrayList<>();
                        type.getSuperclass().ifPresent(superclass -> internal(superclass, "extends", found));
                        type.getInterfaces().forEach(face -> internal(face, "implements", found));
                        for (JavaMember member : type.getMembers()) {
                            if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                                    && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                                continue;
                            }
                            if (member instanceof JavaField field) {
                                internal(field.getType(), field.getName(), found);
                            } else if (member instanceof JavaCodeUnit code) {
                                internal(code.getReturnType(), code.getFullName(), found);
                                code.getParameterTypes().forEach(parameter -> internal(parameter, code.getFullName(), found));
                                code.getThrowsClause().getTypes().forEach(thrown -> internal(thrown, code.getFullName(), found));
                            }
                        }
                        found.forEach(message -> events.add(SimpleConditionEvent.violated(type, type.getName() + ": " + message)));
                    }

                    private void internal(JavaType named, String where, List<String> found) {
                        named.getAllInvolvedRawTypes().stream()
                                .filter(raw -> raw.getPackageName().startsWith("edu.yiban.")
                                        && (ApiSurfaceTest.isInternal(raw.getPackageName()) || !exported.contains(raw.getPackageName())))
                                .forEach(raw -> found.add(where + " names " + raw.getName()));
                    }
                })
                .because("an app cannot use a type its module does not export, so no API may hand one out")
                .check(main);
    }
}
