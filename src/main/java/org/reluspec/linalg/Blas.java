package org.reluspec.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The BLAS behind {@link DenseProducts#BLAS}: netlib's BLAS layer, whose JNI path runs OpenBLAS from bytedeco's
 * {@code openblas} jar (the native library and its Fortran runtime are copied once from the class path into
 * {@code ~/.cache/reluspec/openblas-VERSION}, a folder the user may override with {@code RELUSPEC_OPENBLAS_DIR}),
 * falling back to netlib's pure-Java BLAS where the native path cannot load. {@link #implementation()} names what
 * runs. OpenBLAS takes its thread count from {@code OPENBLAS_NUM_THREADS} when it loads; the suite's scripts set it to
 * 1 (parallelism is over trials and experiments). On one kind of CPU the products tested here give the same bits for 1
 * and 2 OpenBLAS threads; OpenBLAS picks its kernels by CPU, so another CPU kind may round differently.
 */
public final class Blas {

    /** The OpenBLAS build of the pinned bytedeco jar. */
    static final String OPENBLAS_VERSION = "0.3.31-1.5.13";

    private static final String RESOURCES = "org/bytedeco/openblas/linux-x86_64/";
    private static final String[] LIBRARIES = {"libopenblas.so.0", "libgfortran.so.5", "libquadmath.so.0",
        "libgcc_s.so.1"};

    private Blas() {
    }

    private static final class Holder {
        static final String NOTE;
        static final BLAS INSTANCE;

        static {
            String note = "";
            if (System.getProperty("dev.ludovic.netlib.blas.nativeLibPath") == null) {
                try {
                    Path lib = unpack();
                    if (lib != null) {
                        System.setProperty("dev.ludovic.netlib.blas.nativeLibPath", lib.toString());
                    } else {
                        note = " (no OpenBLAS for " + System.getProperty("os.name") + "/"
                                + System.getProperty("os.arch") + " on the class path)";
                    }
                } catch (IOException e) {
                    note = " (OpenBLAS could not be unpacked: " + e.getMessage() + ")";
                }
            }
            // netlib announces its choice through java.util.logging; the suite names it itself
            Logger.getLogger("dev.ludovic.netlib.blas").setLevel(Level.WARNING);
            BLAS blas;
            try {
                blas = BLAS.getInstance();
            } catch (RuntimeException | LinkageError e) {
                blas = JavaBLAS.getInstance();
                note = " (" + e + ")";
            }
            INSTANCE = blas;
            NOTE = note;
        }
    }

    /** @return the BLAS in use (chosen once per JVM) */
    public static BLAS get() {
        return Holder.INSTANCE;
    }

    /**
     * @return what runs and on which CPU, e.g. {@code OpenBLAS 0.3.31-1.5.13 through netlib JNIBLAS (path) on Intel(R)
     *         Xeon(R) Processor}: OpenBLAS picks its kernels by CPU, so the CPU is part of a run's provenance
     */
    public static String implementation() {
        BLAS b = get();
        String name = b.getClass().getSimpleName();
        String coreType = System.getenv("OPENBLAS_CORETYPE");
        return (name.equals("JNIBLAS") ? "OpenBLAS " + OPENBLAS_VERSION + " through netlib JNIBLAS ("
                + System.getProperty("dev.ludovic.netlib.blas.nativeLibPath") + ")" : "netlib " + name) + Holder.NOTE
                + " on " + cpuModel()
                + (coreType == null || coreType.isBlank() ? "" : " with OPENBLAS_CORETYPE=" + coreType);
    }

    /** @return the first {@code model name} of {@code /proc/cpuinfo}, or the JVM's {@code os.arch} */
    static String cpuModel() {
        try (java.util.stream.Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return System.getProperty("os.arch");
        }
    }

    /**
     * {@code C = op(A) B} for a column-major {@code inner x n} {@code B} and {@code rows x n} {@code C}, as
     * {@code dgemm(transA, "N", rows, n, inner, 1, A, lda, B, inner, 0, C, rows)}, except that one column ({@code n = 1})
     * goes through {@code dgemv}: OpenBLAS's {@code dgemm} with one column takes about 2.7 times as long as its
     * {@code dgemv} on a 1000 x 196 matrix (52 against 19 us on this project's machine kind).
     *
     * @param transA {@code "N"} ({@code A} is {@code rows x inner}) or {@code "T"} ({@code A} is {@code inner x rows})
     * @param rows rows of {@code C}
     * @param n columns of {@code B} and {@code C}
     * @param inner the inner dimension
     * @param a the matrix {@code A}, column-major with leading dimension {@code lda}
     * @param lda leading dimension of {@code A}
     * @param b {@code B}
     * @param c receives {@code C}
     */
    public static void multiply(String transA, int rows, int n, int inner, double[] a, int lda, double[] b,
                                double[] c) {
        if (n == 1) {
            boolean t = transA.equals("T");
            get().dgemv(transA, t ? inner : rows, t ? rows : inner, 1.0, a, lda, b, 1, 0.0, c, 1);
        } else {
            get().dgemm(transA, "N", rows, n, inner, 1.0, a, lda, b, inner, 0.0, c, rows);
        }
    }

    /** @return whether a native BLAS runs (not netlib's Java fallback) */
    public static boolean isNative() {
        return get().getClass().getSimpleName().equals("JNIBLAS");
    }

    private static Path unpack() throws IOException {
        if (!System.getProperty("os.name", "").startsWith("Linux")
                || !System.getProperty("os.arch", "").matches("amd64|x86_64")
                || Blas.class.getClassLoader().getResource(RESOURCES + LIBRARIES[0]) == null) {
            return null;
        }
        String env = System.getenv("RELUSPEC_OPENBLAS_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "reluspec", "openblas-" + OPENBLAS_VERSION);
        Files.createDirectories(dir);
        for (String name : LIBRARIES) {
            Path target = dir.resolve(name);
            try (InputStream in = Blas.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IOException(RESOURCES + name + " is not on the class path");
                }
                byte[] bytes = in.readAllBytes();
                if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                    continue;
                }
                // written under a temporary name and moved, so that a concurrent run never loads half a library
                Path part = Files.createTempFile(dir, name, ".part");
                Files.write(part, bytes);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return dir.resolve(LIBRARIES[0]);
    }
}
