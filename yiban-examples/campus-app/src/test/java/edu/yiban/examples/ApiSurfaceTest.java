package edu.yiban.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts the library's public surface per artifact and prints it (docs/api.md keeps the numbers): public top-level
 * and public nested types, the public types of {@code internal} packages, and the public types of the packages an
 * artifact's {@code module-info} exports to everyone. Run it alone with
 * {@code mvn -o -q verify -pl yiban-examples/campus-app -am -Dtest=ApiSurfaceTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ApiSurfaceTest {
    /** Each artifact and the packages it holds (the first prefix that matches wins). */
    static final Map<String, List<String>> ARTIFACTS = artifacts();

    private static JavaClasses main;

    private static Map<String, List<String>> artifacts() {
        Map<String, List<String>> artifacts = new LinkedHashMap<>();
        artifacts.put("yiban-core", List.of("edu.yiban.core"));
        artifacts.put("yiban-org", List.of("edu.yiban.org"));
        artifacts.put("yiban-scoring", List.of("edu.yiban.scoring"));
        artifacts.put("yiban-store-jdbc", List.of("edu.yiban.store"));
        artifacts.put("yiban-guice", List.of("edu.yiban.sdk.guice"));
        artifacts.put("yiban-testkit", List.of("edu.yiban.sdk.testkit"));
        artifacts.put("yiban-sdk", List.of("edu.yiban.sdk"));
        artifacts.put("yiban-importers", List.of("edu.yiban.importers"));
        return artifacts;
    }

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("edu.yiban.core", "edu.yiban.org", "edu.yiban.scoring", "edu.yiban.sdk", "edu.yiban.store",
                        "edu.yiban.importers");
    }

    static String artifactOf(JavaClass type) {
        String name = type.getPackageName();
        for (Map.Entry<String, List<String>> artifact : ARTIFACTS.entrySet()) {
            for (String prefix : artifact.getValue()) {
                if (name.equals(prefix) || name.startsWith(prefix + ".")) {
                    return artifact.getKey();
                }
            }
        }
        throw new IllegalStateException("no artifact holds " + type.getName());
    }

    /** Public, and every class around it public too: a type code outside its package can name. */
    static boolean isPublicType(JavaClass type) {
        Optional<JavaClass> current = Optional.of(type);
        while (current.isPresent()) {
            if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            current = current.get().getEnclosingClass();
        }
        return !type.isAnonymousClass() && !type.isLocalClass();
    }

    static boolean isInternal(String packageName) {
        return packageName.contains(".internal");
    }

    /** The module descriptor of the folder or jar {@code type} was loaded from, if that holds a module-info. */
    static Optional<ModuleDescriptor> moduleOf(JavaClass type) {
        try {
            Path location = Path.of(type.reflect().getProtectionDomain().getCodeSource().getLocation().toURI());
            return ModuleFinder.of(location).findAll().stream()
                    .map(reference -> reference.descriptor())
                    .filter(descriptor -> !descriptor.isAutomatic())
                    .findFirst();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The packages a module exports to everyone. */
    static Set<String> unqualifiedExports(ModuleDescriptor module) {
        return module.exports().stream()
                .filter(exports -> !exports.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    record Count(String artifact, String module, long topLevel, long nested, long internalTop, long internal,
            long exported) {
        String row() {
            return String.format("| %-16s | %-18s | %4d | %4d | %8d | %8d | %8s |", artifact, module, topLevel, nested,
                    internalTop, internal, module.equals("(none)") ? "n/a" : Long.toString(exported));
        }
    }

    static List<Count> count() {
        Map<String, List<JavaClass>> byArtifact = main.stream().filter(ApiSurfaceTest::isPublicType)
                .collect(Collectors.groupingBy(ApiSurfaceTest::artifactOf, LinkedHashMap::new, Collectors.toList()));
        return ARTIFACTS.keySet().stream().map(artifact -> {
            List<JavaClass> types = byArtifact.getOrDefault(artifact, List.of());
            Optional<ModuleDescriptor> module = types.stream().findFirst().flatMap(ApiSurfaceTest::moduleOf);
            Set<String> exports = module.map(ApiSurfaceTest::unqualifiedExports).orElse(Set.of());
            return new Count(artifact, module.map(ModuleDescriptor::name).orElse("(none)"),
                    types.stream().filter(JavaClass::isTopLevelClass).count(),
                    types.stream().filter(type -> !type.isTopLevelClass()).count(),
                    types.stream().filter(type -> type.isTopLevelClass() && isInternal(type.getPackageName())).count(),
                    types.stream().filter(type -> isInternal(type.getPackageName())).count(),
                    types.stream().filter(type -> exports.contains(type.getPackageName())).count());
        }).toList();
    }

    @Test
    void printsThePublicSurfaceOfEveryArtifact() {
        List<Count> counts = count();
        StringBuilder table = new StringBuilder()
                .append("| artifact         | module             | top  | nest | int. top | int. all | exported |\n")
                .append("|------------------|--------------------|------|------|----------|----------|----------|\n");
        counts.forEach(count -> table.append(count.row()).append('\n'));
        long top = counts.stream().mapToLong(Count::topLevel).sum();
        long nested = counts.stream().mapToLong(Count::nested).sum();
        long internalTop = counts.stream().mapToLong(Count::internalTop).sum();
        long internal = counts.stream().mapToLong(Count::internal).sum();
        long exported = counts.stream().mapToLong(Count::exported).sum();
        table.append(String.format("| %-16s | %-18s | %4d | %4d | %8d | %8d | %8d |%n", "all", "", top, nested,
                internalTop, internal, exported));
        System.out.println("API surface (public types)\n" + table);

        assertThat(counts).extracting(Count::artifact).containsExactlyElementsOf(ARTIFACTS.keySet());
        assertThat(counts).allSatisfy(count -> assertThat(count.topLevel()).as(count.artifact()).isPositive());
        // what a module exports is public and never internal
        assertThat(counts).allSatisfy(count -> assertThat(count.exported())
                .as(count.artifact()).isLessThanOrEqualTo(count.topLevel() + count.nested() - count.internal()));
    }
}
