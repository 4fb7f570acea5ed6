package org.reluspec.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the main code, checked on its bytecode (ArchUnit): a package may depend only on packages of lower
 * layers, the paper plug-ins do not depend on each other, and nothing outside a plug-in names one. Each package's
 * {@code package-info.java} states its layer in words; this table is what is enforced.
 */
class LayersTest {

    /** Layers from the bottom; packages of one row may not depend on each other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("util", "kernel"),
            List.of("stats", "linalg", "plots", "work"),
            List.of("harness", "data"),
            List.of("train"),
            List.of("lazy", "kkt"),
            List.of("engine"),
            List.of("experiments", "falsify"),
            List.of("papers"),
            List.of("papers.myv", "papers.wuma", "papers.vys"),
            List.of("report"),
            List.of("cli"),
            List.of("spark"));

    /** The plug-ins: nothing outside them may name one of their classes. */
    static final String PLUG_INS = "org.reluspec.papers.(*)..";

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reluspec");
    }

    private static String pkg(String name) {
        return "org.reluspec." + name;
    }

    @Test
    void everyPackageDependsOnlyOnLowerLayers() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> notBelow = new ArrayList<>();
            for (int j = i; j < LAYERS.size(); j++) {
                LAYERS.get(j).forEach(p -> notBelow.add(pkg(p)));
            }
            for (String p : LAYERS.get(i)) {
                List<String> forbidden = notBelow.stream().filter(q -> !q.equals(pkg(p))).toList();
                noClasses().that().resideInAPackage(pkg(p)).should().dependOnClassesThat()
                        .resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because("layer " + i + " (" + p + ") may depend only on lower layers").check(main);
            }
        }
    }

    @Test
    void kernelImportsNothingOfTheProject() {
        noClasses().that().resideInAPackage(pkg("kernel")).should().dependOnClassesThat()
                .resideOutsideOfPackages(pkg("kernel"), "java.lang..")
                .because("the verified kernel is loaded by KeY on its own").check(main);
    }

    @Test
    void pluginsDoNotDependOnEachOther() {
        slices().matching(PLUG_INS).should().notDependOnEachOther().check(main);
    }

    @Test
    void nothingOutsideAPluginNamesOne() {
        noClasses().that().resideOutsideOfPackage("org.reluspec.papers.*..").should().dependOnClassesThat()
                .resideInAPackage("org.reluspec.papers.*..")
                .because("the engine, report and command line reach papers only through Paper and Papers").check(main);
    }

    @Test
    void everyPackageIsInATableRow() {
        List<String> known = LAYERS.stream().flatMap(List::stream).map(LayersTest::pkg).toList();
        List<String> unknown = main.stream().map(c -> c.getPackageName()).distinct()
                .filter(p -> !known.contains(p)).sorted().toList();
        org.junit.jupiter.api.Assertions.assertTrue(unknown.isEmpty(),
                "packages without a layer (add them to LAYERS and to their package-info): " + unknown);
    }
}
