package org.reluspec.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.util.ReluSpecArgumentException;

/** The IDX reader, the downsampling and the Fashion-MNIST loader (which CI installs: a missing package fails). */
class FashionMnistTest {

    private static Path idx(Path dir, String name, int magic, int[] dims, int payload, boolean gzip) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            for (int dim : dims) {
                out.writeInt(dim);
            }
            for (int k = 0; k < payload; k++) {
                out.writeByte(k % 256);
            }
        }
        Path file = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes.toByteArray());
        }
        return file;
    }

    @Test
    void readsAWellFormedFileGzippedOrNot(@TempDir Path dir) throws Exception {
        for (boolean gzip : new boolean[] {true, false}) {
            IdxFiles.UnsignedBytes a = IdxFiles.read(idx(dir, "ok" + gzip + (gzip ? ".gz" : ""), 0x803,
                    new int[] {2, 3, 3}, 18, gzip), 3);
            assertArrayEquals(new int[] {2, 3, 3}, a.dimensions());
            assertEquals(17, a.data()[17]);
        }
        assertEquals(255, IdxFiles.read(idx(dir, "l.gz", 0x801, new int[] {300}, 300, true), 1).data()[255]);
    }

    @Test
    void refusesMalformedFilesNamingTheDefect(@TempDir Path dir) throws Exception {
        String wrongMagic = assertThrows(ReluSpecArgumentException.class,
                () -> IdxFiles.read(idx(dir, "a.gz", 0x0d03, new int[] {1, 1, 1}, 1, true), 3)).getMessage();
        assertTrue(wrongMagic.contains("magic number"), wrongMagic);
        String wrongRank = assertThrows(ReluSpecArgumentException.class,
                () -> IdxFiles.read(idx(dir, "b.gz", 0x801, new int[] {4}, 4, true), 3)).getMessage();
        assertTrue(wrongRank.contains("rank 3"), wrongRank);
        String truncated = assertThrows(ReluSpecArgumentException.class,
                () -> IdxFiles.read(idx(dir, "c.gz", 0x803, new int[] {2, 3, 3}, 10, true), 3)).getMessage();
        assertTrue(truncated.contains("ends before"), truncated);
        String trailing = assertThrows(ReluSpecArgumentException.class,
                () -> IdxFiles.read(idx(dir, "d.gz", 0x801, new int[] {3}, 5, true), 1)).getMessage();
        assertTrue(trailing.contains("after the 3"), trailing);
        String missing = assertThrows(ReluSpecArgumentException.class,
                () -> IdxFiles.read(dir.resolve("none.gz"), 1)).getMessage();
        assertTrue(missing.contains("cannot be read"), missing);
    }

    @Test
    void areaAveragingKeepsTheMeanAndHandlesFractionalOverlaps() {
        double[] in = new double[28 * 28];
        for (int k = 0; k < in.length; k++) {
            in[k] = (k * 37) % 255;
        }
        double mean = java.util.Arrays.stream(in).average().orElseThrow();
        for (int s : new int[] {1, 5, 7, 10, 14, 20, 28}) {
            double[] out = new double[s * s];
            FashionMnist.areaAverage(in, 28, s, out);
            assertEquals(mean, java.util.Arrays.stream(out).average().orElseThrow(), 1e-9, "side " + s);
        }
        double[] same = new double[28 * 28];
        FashionMnist.areaAverage(in, 28, 28, same);
        assertArrayEquals(in, same, 1e-12);
    }

    @Test
    void loadsTwoClassesAsUnitNormInputsWithLabels() {
        assertTrue(FashionMnist.available(), "Fashion-MNIST is missing at " + FashionMnist.directory()
                + ": run bash ci/setup.sh (installs dataset-fashion-mnist)");
        Dataset d = FashionMnist.load(true, 0, 1, 7, 100);
        assertEquals(100, d.size());
        assertEquals(49, d.d());
        int positive = 0;
        for (int j = 0; j < d.size(); j++) {
            double sq = 0;
            for (double v : d.example(j)) {
                sq += v * v;
            }
            assertEquals(1, sq, 1e-12);
            positive += d.y()[j] > 0 ? 1 : 0;
        }
        assertTrue(positive > 20 && positive < 80, positive + " of 100 in the first class");
        assertThrows(ReluSpecArgumentException.class, () -> FashionMnist.load(true, 3, 3, 7, 10));
        assertThrows(ReluSpecArgumentException.class, () -> FashionMnist.load(true, 0, 1, 29, 10));
    }
}
