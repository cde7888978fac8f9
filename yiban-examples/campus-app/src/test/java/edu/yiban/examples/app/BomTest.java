package edu.yiban.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM an app imports ({@code yiban-bom}) manages every library artifact of the build (the SDK's four among them), at the build's version, and
 * nothing else: no example, no third-party library (those versions stay the app's choice).
 */
class BomTest {
    /** The build's root, two folders above this module. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();

    @Test
    void theBomManagesEveryLibraryModuleAtTheBuildsVersionAndNothingElse() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("yiban-bom/pom.xml"));
        List<String> libraries = new ArrayList<>();
        for (String module : texts(parent.getDocumentElement(), "modules", "module")) {
            if (!module.equals("yiban-bom") && !module.equals("yiban-examples")) {
                collectArtifacts(ROOT.resolve(module), libraries);
            }
        }
        assertThat(libraries).as("the library's artifacts").contains(
                "yiban-core", "yiban-sdk", "yiban-store-jdbc", "yiban-guice", "yiban-testkit", "yiban-importers");
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "groupId")).isEqualTo("edu.yiban");
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId"));
        }

        assertThat(managed).as("the BOM's artifacts").containsExactlyInAnyOrderElementsOf(libraries);
        assertThat(child(bom.getDocumentElement(), "version"))
                .as("the BOM's version").isEqualTo(child(parent.getDocumentElement(), "version"));
        assertThat(bom.getElementsByTagName("parent").getLength()).as("parents of the BOM").isZero();
        // with no parent it names its install plugin itself, at the parent's version (Maven's default is years old)
        Element properties = (Element) parent.getElementsByTagName("properties").item(0);
        assertThat(bom.getElementsByTagName("plugin").getLength()).isEqualTo(1);
        assertThat(child((Element) bom.getElementsByTagName("plugin").item(0), "version"))
                .isEqualTo(child(properties, "install-plugin.version"));
    }

    /** The jar artifacts of the module in {@code folder}: itself, or those of the modules it aggregates. */
    private static void collectArtifacts(Path folder, List<String> artifacts) throws Exception {
        Element pom = read(folder.resolve("pom.xml")).getDocumentElement();
        List<String> modules = texts(pom, "modules", "module");
        if (modules.isEmpty()) {
            artifacts.add(child(pom, "artifactId"));
        }
        for (String module : modules) {
            collectArtifacts(folder.resolve(module), artifacts);
        }
    }

    private static Document read(Path pom) throws Exception {
        assertThat(pom).exists();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(pom));
    }

    /** The text of {@code element}'s direct child {@code name}. */
    private static String child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError(element.getTagName() + " has no " + name);
    }

    /** The texts of {@code element}'s children {@code item} inside its direct child {@code list}. */
    private static List<String> texts(Element element, String list, String item) {
        List<String> texts = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(list)) {
                NodeList items = e.getElementsByTagName(item);
                for (int i = 0; i < items.getLength(); i++) {
                    texts.add(items.item(i).getTextContent().trim());
                }
            }
        }
        return texts;
    }
}
