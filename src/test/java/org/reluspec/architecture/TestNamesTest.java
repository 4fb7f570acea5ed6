package org.reluspec.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class with tests or properties has a name that Surefire or Failsafe includes (pom.xml), so that none is
 * silently left out of {@code mvn verify} (KernelContractSearch once was).
 */
class TestNamesTest {

    /** The suffixes pom.xml's Surefire and Failsafe includes match. */
    static final List<String> RUN = List.of("Test", "Tests", "Properties", "Search", "IT");

    @Test
    void everyTestClassIsRunByMaven() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            List<String> missed = files.filter(p -> p.toString().endsWith(".java")).filter(TestNamesTest::hasTests)
                    .map(p -> p.getFileName().toString().replace(".java", ""))
                    .filter(name -> RUN.stream().noneMatch(name::endsWith)).toList();
            assertTrue(missed.isEmpty(), "test classes that Maven does not run: " + missed);
        }
        String pom = Files.readString(Path.of("pom.xml"));
        for (String suffix : RUN) {
            assertTrue(pom.contains("<include>**/*" + suffix + ".java</include>"), suffix + " is not included");
        }
    }

    private static boolean hasTests(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("@Test") || text.contains("@Property") || text.contains("@ParameterizedTest")
                    || text.contains("@Example");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
