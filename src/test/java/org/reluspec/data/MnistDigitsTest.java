package org.reluspec.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.util.ReluSpecArgumentException;

/** The MNIST loader refuses what the package does not ship, naming the file, and reads what it does. */
class MnistDigitsTest {

    @Test
    void aMissingFolderOrAMalformedFileIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        ReluSpecArgumentException missing = assertThrows(ReluSpecArgumentException.class,
                () -> MnistDigits.load(dir));
        assertTrue(missing.getMessage().contains("0.json") && missing.getMessage().contains("setup.sh"),
                missing.getMessage());
        Files.writeString(dir.resolve("0.json"), "{\"data\": [0, 0.5, 2]}");
        ReluSpecArgumentException range = assertThrows(ReluSpecArgumentException.class, () -> MnistDigits.load(dir));
        assertTrue(range.getMessage().contains("outside [0, 1]"), range.getMessage());
        Files.writeString(dir.resolve("0.json"), "{\"data\": [0, 0.5, 1]}");
        ReluSpecArgumentException size = assertThrows(ReluSpecArgumentException.class, () -> MnistDigits.load(dir));
        assertTrue(size.getMessage().contains("3 values, expected 1001 digits"), size.getMessage());
        Files.writeString(dir.resolve("0.json"), "[1, 2]");
        assertThrows(ReluSpecArgumentException.class, () -> MnistDigits.load(dir));
    }

    @Test
    void thePackagesDigitsAreReadWithTheirLabels() {
        Path dir = MnistDigits.directory();
        if (!Files.isRegularFile(dir.resolve("9.json"))) {
            throw new IllegalStateException(dir + " has no MNIST digits: run bash ci/setup.sh");
        }
        MnistDigits.Digits d = MnistDigits.load();
        assertEquals(10_000, d.size());
        assertEquals(10_000 * MnistDigits.PIXELS, d.x().length);
        assertEquals(0, d.labels()[0]);
        assertEquals(9, d.labels()[d.size() - 1]);
        long ones = java.util.Arrays.stream(d.labels()).filter(l -> l == 1).count();
        assertEquals(1127, ones);
    }
}
