package org.reluspec.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * Two classes of Fashion-MNIST as a WUMA dataset. WUMA uses MNIST 0 vs 1, which Debian does not package;
 * {@code dataset-fashion-mnist} installs Fashion-MNIST in {@value #DEFAULT_DIR} (override with the environment
 * variable {@code RELUSPEC_FASHION_MNIST}). Each 28 x 28 image is downsampled to {@code s x s} by area averaging (each
 * output pixel is the mean of the input area it covers, with fractional overlaps; the paper does not say how it
 * downsampled), flattened to {@code d = s^2}, and scaled to unit norm ({@code ||x|| = 1}, WUMA's setting). The first
 * class is labelled {@code +1}, the second {@code -1}.
 */
public final class FashionMnist {

    /** Where Debian's package puts the files. */
    public static final String DEFAULT_DIR = "/usr/share/datasets/fashion-mnist";

    /** Class names of the ten labels. */
    public static final String[] CLASSES = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
        "Shirt", "Sneaker", "Bag", "Ankle boot"};

    private FashionMnist() {
    }

    /** @return the data directory: {@code RELUSPEC_FASHION_MNIST} or {@value #DEFAULT_DIR} */
    public static Path directory() {
        String env = System.getenv("RELUSPEC_FASHION_MNIST");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT_DIR);
    }

    /** @return whether the four files are present */
    public static boolean available() {
        Path dir = directory();
        return Files.isRegularFile(dir.resolve("train-images-idx3-ubyte.gz"))
                && Files.isRegularFile(dir.resolve("t10k-images-idx3-ubyte.gz"));
    }

    /**
     * @param test the test split ({@code t10k}) instead of the training split
     * @param positive the class labelled {@code +1}
     * @param negative the class labelled {@code -1}
     * @param side the output side {@code s} ({@code 1 <= s <= 28}), {@code d = s^2}
     * @param limit at most this many examples (the first ones of the file), 0 for all
     * @return the dataset
     * @throws ReluSpecArgumentException when the files are missing or malformed, or an argument is out of range
     */
    public static Dataset load(boolean test, int positive, int negative, int side, int limit) {
        if (positive < 0 || positive > 9 || negative < 0 || negative > 9 || positive == negative) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_OUT_OF_RANGE, "classes", positive + " vs "
                    + negative, "two different labels in 0..9");
        }
        if (side < 1 || side > 28) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_OUT_OF_RANGE, "side", side, "1..28");
        }
        if (!available()) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, directory(), "Fashion-MNIST not found: "
                    + "install Debian's dataset-fashion-mnist (bash ci/setup.sh does) or set RELUSPEC_FASHION_MNIST");
        }
        String prefix = test ? "t10k" : "train";
        IdxFiles.UnsignedBytes images = IdxFiles.read(directory().resolve(prefix + "-images-idx3-ubyte.gz"), 3);
        IdxFiles.UnsignedBytes labels = IdxFiles.read(directory().resolve(prefix + "-labels-idx1-ubyte.gz"), 1);
        int n = images.dimensions()[0];
        int rows = images.dimensions()[1];
        int cols = images.dimensions()[2];
        if (labels.dimensions()[0] != n || rows != 28 || cols != 28) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, directory(), n + " images of " + rows
                    + " x " + cols + " with " + labels.dimensions()[0] + " labels (expected 28 x 28, equal counts)");
        }
        int d = side * side;
        int count = 0;
        for (int j = 0; j < n; j++) {
            int l = labels.data()[j];
            count += l == positive || l == negative ? 1 : 0;
        }
        if (limit > 0) {
            count = Math.min(count, limit);
        }
        double[] x = new double[count * d];
        double[] y = new double[count];
        double[] image = new double[28 * 28];
        int out = 0;
        for (int j = 0; j < n && out < count; j++) {
            int l = labels.data()[j];
            if (l != positive && l != negative) {
                continue;
            }
            for (int k = 0; k < image.length; k++) {
                image[k] = images.data()[j * 784 + k];
            }
            unitNormDownsample(image, side, x, out * d, directory(), j);
            y[out++] = l == positive ? 1 : -1;
        }
        return new Dataset(x, y, d);
    }

    /**
     * WUMA's input map for a 28 x 28 image: area averaging to {@code side x side}, flattened, scaled to unit norm.
     *
     * @param image row-major 28 x 28 pixels
     * @param side output side
     * @param x receives the {@code side^2} values from {@code offset}
     * @param offset where the example starts in {@code x}
     * @param source the file the image came from (named when it is blank)
     * @param index the image's index in that file
     */
    static void unitNormDownsample(double[] image, int side, double[] x, int offset, Object source, int index) {
        int d = side * side;
        double[] small = new double[d];
        areaAverage(image, 28, side, small);
        double norm = Math.sqrt(org.reluspec.kernel.Vectors.squaredNorm(small));
        if (norm == 0) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, source, "image " + index
                    + " is blank and cannot be scaled to unit norm");
        }
        for (int k = 0; k < d; k++) {
            x[offset + k] = small[k] / norm;
        }
    }

    /**
     * Area averaging from {@code n x n} to {@code s x s}: output pixel {@code (i, j)} covers
     * {@code [i n/s, (i+1) n/s) x [j n/s, (j+1) n/s)} and is the overlap-weighted mean of the input pixels.
     *
     * @param in input, row-major {@code n x n}
     * @param n input side
     * @param s output side
     * @param out receives the {@code s x s} output
     */
    static void areaAverage(double[] in, int n, int s, double[] out) {
        double scale = (double) n / s;
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                double sum = 0;
                double area = 0;
                for (int r = (int) Math.floor(i * scale); r < Math.min(n, Math.ceil((i + 1) * scale)); r++) {
                    double wr = Math.min(r + 1, (i + 1) * scale) - Math.max(r, i * scale);
                    for (int c = (int) Math.floor(j * scale); c < Math.min(n, Math.ceil((j + 1) * scale)); c++) {
                        double wc = Math.min(c + 1, (j + 1) * scale) - Math.max(c, j * scale);
                        sum += wr * wc * in[r * n + c];
                        area += wr * wc;
                    }
                }
                out[i * s + j] = sum / area;
            }
        }
    }
}
