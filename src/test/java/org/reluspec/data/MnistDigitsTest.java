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

    @Test
    void twoClassesHoldsOutTheLast150DigitsOfEachLabelAndScalesToUnitNorm() {
        int[] counts = {170, 160, 20};
        int n = 350;
        double[] x = new double[n * MnistDigits.PIXELS];
        int[] labels = new int[n];
        int row = 0;
        for (int label = 0; label < counts.length; label++) {
            for (int j = 0; j < counts[label]; j++, row++) {
                labels[row] = label;
                x[row * MnistDigits.PIXELS + row % MnistDigits.PIXELS] = 1;   // digit `row` lights pixel `row`
                x[row * MnistDigits.PIXELS + 400] = 0.5;
            }
        }
        MnistDigits.Digits digits = new MnistDigits.Digits(x, labels);
        org.reluspec.data.Dataset train = MnistDigits.twoClasses(digits, 1, 0, 28, false);
        org.reluspec.data.Dataset test = MnistDigits.twoClasses(digits, 1, 0, 28, true);
        assertEquals(20 + 10, train.size());
        assertEquals(300, test.size());
        // the positive class (label 1) comes first in each split and is labelled +1
        assertEquals(1.0, train.y()[0]);
        assertEquals(-1.0, train.y()[train.size() - 1]);
        assertEquals(150, java.util.Arrays.stream(test.y()).filter(v -> v == 1).count());
        // training digits of label 1 are rows 170..179 (pixels 170..179); test digits rows 180..329
        assertEquals(1.0 / Math.sqrt(1.25), train.x()[170], 1e-15);
        assertEquals(1.0 / Math.sqrt(1.25), test.x()[180], 1e-15);
        for (org.reluspec.data.Dataset ds : java.util.List.of(train, test)) {
            for (int j = 0; j < ds.size(); j++) {
                assertEquals(1.0, org.reluspec.kernel.Vectors.squaredNorm(ds.example(j)), 1e-12);
            }
        }
        assertEquals(49, MnistDigits.twoClasses(digits, 0, 1, 7, true).d());
        assertThrows(ReluSpecArgumentException.class, () -> MnistDigits.twoClasses(digits, 1, 1, 28, true));
        assertThrows(ReluSpecArgumentException.class, () -> MnistDigits.twoClasses(digits, 2, 0, 28, false));
        assertThrows(ReluSpecArgumentException.class, () -> MnistDigits.twoClasses(digits, 0, 1, 29, true));
    }
}
