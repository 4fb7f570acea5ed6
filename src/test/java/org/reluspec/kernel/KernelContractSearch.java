package org.reluspec.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A search for inputs that meet a kernel contract's {@code requires} and break its {@code ensures} or its
 * {@code assignable} frame, run before KeY is asked: a false contract is caught here in milliseconds instead of
 * costing a prover minutes. Every public kernel contract has a property; the inputs mix the edges DESIGN.md names
 * (signed zeros, {@code Double.MIN_VALUE}, the admissible bounds and their neighbours) with log-uniform magnitudes
 * up to the bound, and NaN and infinities where a contract admits them.
 *
 * <p>The training step's first contract, written as {@code normal_behavior}, was false: every {@code requires}
 * holds at {@code w = b = coefficient = eta = 1e50, lambda = 0} with {@code d = m = 1}, yet the update is about
 * {@code 1e200} and {@code apply} throws. {@link #theFormerNormalBehaviourOfApplyIsFalse} keeps that input; the
 * contract is now a {@code behavior} (frozen coordinates on normal return, {@code NonFiniteException} only, and then
 * {@code w} untouched), which {@link #applyKeepsFrozenCoordinatesOrThrowsAndWritesNothing} searches.
 */
class KernelContractSearch {

    private static final double PARAM = TwoLayerNet.MAX_PARAMETER;
    private static final double ENTRY = Vectors.MAX_ENTRY;

    /** Edges and log-uniform magnitudes in {@code [-bound, bound]}. */
    static Arbitrary<Double> within(double bound) {
        Arbitrary<Double> edges = Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1.0, -1.0, bound,
                -bound, Math.nextDown(bound), -Math.nextDown(bound), Double.MIN_NORMAL);
        Arbitrary<Double> spread = Combinators.combine(Arbitraries.doubles().between(-1, 1),
                Arbitraries.of(1.0, -1.0)).as((u, s) -> s * Math.min(bound, Math.exp(u * Math.log(bound))));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, edges), net.jqwik.api.Tuple.of(2, spread));
    }

    /** Anything, NaN and infinities included. */
    static Arbitrary<Double> any() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, within(Double.MAX_VALUE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, ENTRY, Math.nextUp(ENTRY))));
    }

    static Arbitrary<double[]> arrays(Arbitrary<Double> entries, int min, int max) {
        return entries.list().ofMinSize(min).ofMaxSize(max).map(l -> l.stream().mapToDouble(Double::doubleValue)
                .toArray());
    }

    @Provide
    Arbitrary<double[]> anyArray() {
        return arrays(any(), 0, 8);
    }

    @Provide
    Arbitrary<double[]> entryArray() {
        return arrays(within(ENTRY), 1, 8);
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return any();
    }

    @Provide
    Arbitrary<Double> entry() {
        return within(ENTRY);
    }

    @Provide
    Arbitrary<Double> parameter() {
        return within(PARAM);
    }

    // Vectors

    @Property(tries = 2000)
    void isAdmissibleIsExactlyTheRangeGuard(@ForAll("anyArray") double[] a) {
        for (int from = 0; from <= a.length; from++) {
            for (int to = from; to <= a.length; to++) {
                boolean expected = true;
                for (int k = from; k < to; k++) {
                    expected &= -ENTRY <= a[k] && a[k] <= ENTRY;
                }
                assertEquals(expected, Vectors.isAdmissible(a, from, to));
            }
        }
    }

    @Property(tries = 2000)
    void dotOfAdmissibleEntriesIsNotNaN(@ForAll("entryArray") double[] a, @ForAll("entryArray") double[] b) {
        int n = Math.min(a.length, b.length);
        double[] before = a.clone();
        assertFalse(Double.isNaN(Vectors.dot(a, 0, b, b.length - n, n)));
        assertArrayEquals(before, a);
    }

    @Property(tries = 2000)
    void squaredNormOfAdmissibleEntriesIsNonNegative(@ForAll("entryArray") double[] a) {
        double s = Vectors.squaredNorm(a);
        assertTrue(!Double.isNaN(s) && s >= 0.0);
    }

    @Property(tries = 2000)
    void axpyUpdatesItsBlockAndNothingElse(@ForAll("entry") double alpha, @ForAll("entryArray") double[] x,
                                           @ForAll("entryArray") double[] y) {
        int n = Math.min(x.length, y.length);
        int yOffset = y.length - n;
        double[] old = y.clone();
        Vectors.axpy(alpha, x, 0, y, yOffset, n);
        for (int k = 0; k < y.length; k++) {
            double expected = k < yOffset ? old[k] : old[k] + alpha * x[k - yOffset];
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(y[k]), "entry " + k);
        }
    }

    // CoordinateProjections

    @Property(tries = 2000)
    void isInMIsExactlyTailZero(@ForAll("anyArray") double[] x, @ForAll @IntRange(max = 8) int ell) {
        if (ell > x.length) {
            return;   // outside requires: 0 <= ell <= x.length
        }
        boolean expected = true;
        for (int k = x.length - ell; k < x.length; k++) {
            expected &= x[k] == 0.0;
        }
        assertEquals(expected, CoordinateProjections.isInM(x, ell));
    }

    @Property(tries = 2000)
    void projectionsKeepTheirBlockZeroTheOtherAndSplitComplementarily(@ForAll("entryArray") double[] x,
                                                                      @ForAll @IntRange(max = 8) int ell) {
        if (ell > x.length) {
            return;
        }
        double[] before = x.clone();
        double[] m = new double[x.length];
        double[] p = new double[x.length];
        CoordinateProjections.projectOntoM(x, ell, m);
        CoordinateProjections.projectOntoMPerp(x, ell, p);
        for (int k = 0; k < x.length; k++) {
            boolean inPerp = k >= x.length - ell;
            assertTrue(inPerp ? m[k] == 0.0 && p[k] == x[k] : m[k] == x[k] && p[k] == 0.0, "entry " + k);
        }
        assertTrue(CoordinateProjections.isInM(m, ell));
        if (CoordinateProjections.isInM(x, ell)) {
            for (int k = 0; k < x.length; k++) {
                assertTrue(m[k] == x[k]);
            }
        }
        double[] a = new double[x.length];
        double[] b = new double[x.length];
        CoordinateProjections.split(x, ell, a, b);
        for (int k = 0; k < x.length; k++) {
            assertTrue(a[k] + b[k] == x[k] && (a[k] == 0.0 || b[k] == 0.0), "entry " + k);
        }
        assertArrayEquals(before, x);
    }

    @Property(tries = 2000)
    void blockPermutationsPermuteAndKeepDataInM(@ForAll("anyArray") double[] x, @ForAll @IntRange(max = 8) int ell,
                                               @ForAll long seed, @ForAll boolean zeroTail) {
        if (ell > x.length || java.util.Arrays.stream(x).anyMatch(Double::isNaN)) {
            return;   // outside requires
        }
        int split = x.length - ell;
        if (zeroTail) {   // half the cases start in M, so that keeps-M is exercised
            java.util.Arrays.fill(x, split, x.length, 0.0);
        }
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        int[] perm = new int[x.length];
        for (int k = 0; k < x.length; k++) {   // any block-to-block map, not only bijections
            perm[k] = k < split ? rng.nextInt(split) : split + rng.nextInt(ell);
        }
        double[] before = x.clone();
        double[] out = new double[x.length];
        CoordinateProjections.permuteWithinBlocks(x, perm, ell, out);
        for (int k = 0; k < x.length; k++) {
            assertTrue(out[k] == x[perm[k]], "entry " + k);
        }
        if (CoordinateProjections.isInM(x, ell)) {
            assertTrue(CoordinateProjections.isInM(out, ell));
        }
        assertArrayEquals(before, x);
    }

    @Property(tries = 2000)
    void signFlipsFlipKeepAndLeaveZerosZero(@ForAll("anyArray") double[] x, @ForAll long seed) {
        if (java.util.Arrays.stream(x).anyMatch(Double::isNaN)) {
            return;
        }
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        boolean[] negate = new boolean[x.length];
        for (int k = 0; k < x.length; k++) {
            negate[k] = rng.nextBoolean();
        }
        double[] before = x.clone();
        double[] out = new double[x.length];
        CoordinateProjections.flipSigns(x, negate, out);
        for (int k = 0; k < x.length; k++) {
            assertTrue(negate[k] ? out[k] == 0.0 - x[k] : out[k] == x[k], "entry " + k);
            assertTrue(x[k] != 0.0 || out[k] == 0.0, "zero entry " + k);
        }
        assertArrayEquals(before, x);
    }

    // Activations

    @Property(tries = 2000)
    void reluAndStepOnEveryDouble(@ForAll("anyDouble") double t) {
        double r = Activations.relu(t);
        double s = Activations.step(t);
        if (t < 0.0) {
            assertTrue(r == 0.0);
        }
        if (t >= 0.0) {
            assertTrue(r == t && s == 1.0);
        } else {
            assertTrue(s == 0.0);
        }
        if (Double.isNaN(t)) {
            assertTrue(Double.isNaN(r));
        }
    }

    // TwoLayerNet

    record Net(int d, int m, double[] w, double[] b, double[] v, double[] x) {
    }

    /** Nets with weights drawn from {@code weights} and biases, output weights and input from {@code rest}. */
    static Arbitrary<Net> nets(Arbitrary<Double> weights, Arbitrary<Double> rest) {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4))
                .flatAs((d, m) -> Combinators.combine(arrays(weights, m * d, m * d),
                        arrays(rest, m, m), arrays(rest, m, m), arrays(rest, d, d))
                        .as((w, b, v, x) -> new Net(d, m, w, b, v, x)));
    }

    @Provide
    Arbitrary<Net> nets() {
        return nets(within(PARAM), within(PARAM));
    }

    /** Any entries, NaN and infinities included: for the contracts that ask nothing of the values. */
    @Provide
    Arbitrary<Net> anyNets() {
        return nets(any(), any());
    }

    @Property(tries = 2000)
    void networkValuesAndGradientsOfAdmissibleParametersAreNotNaN(@ForAll("nets") Net n) {
        for (int j = 0; j < n.m(); j++) {
            assertFalse(Double.isNaN(TwoLayerNet.preActivation(n.w(), n.b(), n.d(), j, n.x(), 0)));
        }
        assertFalse(Double.isNaN(TwoLayerNet.forward(n.w(), n.b(), n.v(), n.d(), n.m(), n.x())));
        double[] out = new double[n.d()];
        TwoLayerNet.inputGradient(n.w(), n.b(), n.v(), n.d(), n.m(), n.x(), out);
        for (double g : out) {
            assertFalse(Double.isNaN(g));
        }
    }

    @Property(tries = 2000)
    void preActivationAndDotsOfAnyEntriesReadOnly(@ForAll("anyNets") Net n, @ForAll("anyDouble") double start) {
        double[] w = n.w().clone();
        double[] b = n.b().clone();
        double[] x = n.x().clone();
        for (int j = 0; j < n.m(); j++) {
            TwoLayerNet.preActivation(n.w(), n.b(), n.d(), j, n.x(), 0);
            Vectors.dot(n.x(), 0, n.w(), j * n.d(), n.d());
            Vectors.dotFrom(start, n.x(), 0, n.w(), j * n.d(), n.d());
        }
        assertArrayEquals(w, n.w(), "assignable \\strictly_nothing");
        assertArrayEquals(b, n.b(), "assignable \\strictly_nothing");
        assertArrayEquals(x, n.x(), "assignable \\strictly_nothing");
    }

    @Property(tries = 2000)
    void accumulationKeepsZeroGradientsOfZeroInputCoordinatesZero(@ForAll("anyNets") Net n,
            @ForAll("anyDouble") double scale, @ForAll @IntRange(max = 3) int zeros, @ForAll("scratch") double[] junk) {
        double[] x = n.x().clone();
        for (int k = 0; k < Math.min(zeros, n.d()); k++) {
            x[k] = k % 2 == 0 ? 0.0 : -0.0;
        }
        double[] gw = cycle(junk, 0, n.m() * n.d());   // no requires on the accumulators: anything
        double[] old = gw.clone();
        double[] gb = new double[n.m()];
        double[] gc = cycle(junk, 5, n.m());   // scratch: the contract asks nothing of its contents
        Net before = new Net(n.d(), n.m(), n.w().clone(), n.b().clone(), n.v().clone(), x.clone());
        TwoLayerNet.accumulateFirstLayerGradient(n.w(), n.b(), n.v(), n.d(), n.m(), x, 0, scale, gw, gb, gc);
        assertArrayEquals(before.w(), n.w(), "assignable: w not written");
        assertArrayEquals(before.b(), n.b(), "assignable: b not written");
        assertArrayEquals(before.v(), n.v(), "assignable: v not written");
        assertArrayEquals(before.x(), x, "assignable: x not written");
        for (int k = 0; k < n.d(); k++) {
            for (int j = 0; x[k] == 0.0 && j < n.m(); j++) {
                int q = j * n.d() + k;
                assertTrue(old[q] != 0.0 || gw[q] == 0.0, "ensures: row " + j + ", coordinate " + k);
                // stronger, at run time only: a zero input coordinate is not written at all
                assertEquals(Double.doubleToRawLongBits(old[q]), Double.doubleToRawLongBits(gw[q]));
            }
        }
    }

    @Property(tries = 2000)
    void accumulateEntryKeepsAColumnZeroWhereTheInputIsZero(@ForAll("anyNets") Net n,
            @ForAll("anyDouble") double scale, @ForAll @IntRange(max = 3) int zeros, @ForAll("scratch") double[] junk)
            throws Throwable {
        double[] x = n.x().clone();
        double[] gw = cycle(junk, 0, n.m() * n.d());
        for (int k = 0; k < Math.min(zeros, n.d()); k++) {   // the premise for the ghost column k: input and column 0
            x[k] = k % 2 == 0 ? 0.0 : -0.0;
            for (int i = 0; i < n.m(); i++) {
                gw[i * n.d() + k] = (i + k) % 2 == 0 ? 0.0 : -0.0;
            }
        }
        double[] old = gw.clone();
        invokePrivate("accumulateEntry", new Class<?>[] {double[].class, double[].class, double[].class, int.class,
                int.class, double[].class, int.class, double.class, double[].class, double[].class, double[].class},
                n.w(), n.b(), n.v(), n.d(), n.m(), x, 0, scale, gw, new double[n.m()], cycle(junk, 5, n.m()));
        for (int column = 0; column < n.d(); column++) {   // every value of the ghost field GradientStep.column
            boolean premise = x[column] == 0.0;
            for (int i = 0; i < n.m(); i++) {
                premise &= old[i * n.d() + column] == 0.0;
            }
            for (int i = 0; premise && i < n.m(); i++) {
                assertTrue(gw[i * n.d() + column] == 0.0, "ensures: column " + column + " of row " + i);
            }
        }
    }

    /** Sixteen draws of {@link #any()}: the contents of scratch arrays, which the contracts ask nothing of. */
    @Provide
    Arbitrary<double[]> scratch() {
        return arrays(any(), 16, 16);
    }

    /** {@code n} entries of {@code junk} from {@code offset} on, cyclically (nets here have {@code m * d <= 16}). */
    static double[] cycle(double[] junk, int offset, int n) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = junk[(offset + k) % junk.length];
        }
        return a;
    }

    @Property(tries = 2000)
    void addScaledInputWritesOnlyNonZeroInputCoordinatesOfItsBlock(@ForAll("anyDouble") double c,
            @ForAll("anyArray") double[] x, @ForAll("anyArray") double[] g, @ForAll @IntRange(max = 8) int xo,
            @ForAll @IntRange(max = 8) int go, @ForAll @IntRange(max = 8) int length, @ForAll long seed) {
        int n = Math.min(length, Math.min(x.length, g.length));   // every requires met by construction
        int xOffset = xo % (x.length - n + 1);
        int gOffset = go % (g.length - n + 1);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int k = 0; k < x.length; k++) {
            if (r.nextInt(3) == 0) {
                x[k] = r.nextBoolean() ? 0.0 : -0.0;
            }
            if (k < g.length && r.nextInt(3) == 0) {
                g[k] = r.nextBoolean() ? 0.0 : -0.0;
            }
        }
        double[] old = g.clone();
        TwoLayerNet.addScaledInput(c, x, xOffset, g, gOffset, n);
        for (int q = 0; q < g.length; q++) {
            boolean inBlock = gOffset <= q && q < gOffset + n;
            if (!inBlock || x[q - gOffset + xOffset] == 0.0) {   // assignable, and the zero-input coordinates
                assertEquals(Double.doubleToRawLongBits(old[q]), Double.doubleToRawLongBits(g[q]), "entry " + q);
            }
            if (inBlock && x[q - gOffset + xOffset] == 0.0 && old[q] == 0.0) {
                assertTrue(g[q] == 0.0, "ensures at " + q);
            }
        }
    }

    @Property(tries = 1000)
    void addOuterProductKeepsZeroInputColumnsOfEveryRow(@ForAll("anyArray") double[] x,
            @ForAll @IntRange(min = 1, max = 5) int m, @ForAll @IntRange(max = 8) int xo, @ForAll long seed) {
        int d = x.length;
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] padded = new double[xo + d];   // the input sits at an offset, as a batch entry in a data matrix does
        for (int k = 0; k < d; k++) {
            padded[xo + k] = r.nextInt(3) == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : x[k];
        }
        double[] c = new double[m];
        double[] g = new double[m * d];
        for (int j = 0; j < m; j++) {   // any coefficients, NaN and infinities included: the contract asks nothing
            c[j] = r.nextInt(4) == 0 ? Double.NaN : r.nextGaussian() * Math.pow(10, r.nextInt(-300, 300));
        }
        for (int q = 0; q < g.length; q++) {
            g[q] = r.nextInt(2) == 0 ? 0.0 : r.nextGaussian();
        }
        double[] old = g.clone();
        TwoLayerNet.addOuterProduct(c, padded, xo, g, d, m);
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < d; k++) {
                if (padded[xo + k] == 0.0 && old[i * d + k] == 0.0) {
                    assertTrue(g[i * d + k] == 0.0, "ensures at row " + i + ", coordinate " + k);
                }
            }
        }
    }

    /** The row lemmas are integer facts: checked exactly in {@code long}, over the whole admissible range. */
    @Property(tries = 3000)
    void rowLemmasHoldWheneverTheirRequiresDo(@ForAll @IntRange(min = 1, max = Vectors.MAX_LENGTH) int d,
            @ForAll @IntRange(min = 1, max = Vectors.MAX_LENGTH) int mWanted, @ForAll long seed) {
        int m = Math.min(mWanted, Integer.MAX_VALUE / d);   // rowsApart's and rowsFit's requires
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int t = 0; t < 50; t++) {
            long i = t == 0 ? 0 : t == 1 ? m - 1 : r.nextInt(m);
            long j = t == 2 ? m - 1 : r.nextInt(m);
            assertTrue(0 <= i * d && i * d <= (long) m * d - d, "rowsFit at " + i);
            if (i < j) {
                assertTrue(i * d + d <= j * d, "rowsApart at " + i + " < " + j);
            }
            // evaluated in int, as Java evaluates the ensures: nothing overflows under the requires
            assertEquals(i * d + d, (long) ((int) i * d + d), "no overflow at row " + i);
        }
    }

    // GradientStep

    record Step(Net net, double[] data, int[] batch, double[] coeff, double eta, double lambda) {
    }

    /**
     * Steps whose weights and coefficient are drawn from {@code admissible} and whose biases, output weights and
     * data from {@code rest} (the frozen-weights contract asks nothing of these: a zero input is never multiplied).
     */
    static Arbitrary<Step> steps(Arbitrary<Double> admissible, Arbitrary<Double> rest) {
        return nets(admissible, rest).flatMap(n -> Combinators.combine(Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, n.d())).flatAs((r, zeroTail) -> Combinators.combine(
                        arrays(rest, r * n.d(), r * n.d()),
                        Arbitraries.integers().between(0, r - 1).list().ofMinSize(1).ofMaxSize(4),
                        admissible, within(PARAM), Arbitraries.of(0.0, 0.0, 1e-3, 1.0, PARAM))
                .as((data, batch, c, eta, lambda) -> {
                    double[] x = data.clone();
                    for (int e = 0; e < r; e++) {
                        for (int k = n.d() - zeroTail; k < n.d(); k++) {
                            x[e * n.d() + k] = k % 2 == 0 ? 0.0 : -0.0;   // data in M: exact zeros
                        }
                    }
                    double[] coeff = new double[batch.size()];
                    Arrays.fill(coeff, c);
                    return new Step(n, x, batch.stream().mapToInt(Integer::intValue).toArray(), coeff,
                            Math.abs(eta) > 0 ? Math.abs(eta) : 1.0, lambda);
                })));
    }

    /** The premise of the frozen-weights contracts: column {@code k} is 0.0 (either sign) in every batch entry. */
    static boolean zeroInBatch(Step s, int k) {
        int d = s.net().d();
        return Arrays.stream(s.batch()).allMatch(p -> s.data()[p * d + k] == 0.0);
    }

    /** Within {@code apply}'s requires: admissible weights and coefficients, anything else. */
    @Provide
    Arbitrary<Step> steps() {
        return steps(within(PARAM), any());
    }

    /** Within {@code batchGradient}'s requires, which ask nothing of any entry. */
    @Provide
    Arbitrary<Step> anySteps() {
        return steps(any(), any());
    }

    @Property(tries = 1000)
    void applyKeepsFrozenCoordinatesOrThrowsAndWritesNothing(@ForAll("steps") Step s,
                                                              @ForAll("scratch") double[] junk) {
        Net n = s.net();
        double[] w = n.w().clone();
        double[] old = w.clone();
        double[] gw = cycle(junk, 0, w.length);   // scratch: any contents
        double[] gb = cycle(junk, 3, n.m());
        double[] gc = cycle(junk, 7, n.m());
        try {
            GradientStep.apply(w, n.b(), n.v(), n.d(), n.m(), s.data(), s.batch(), s.coeff(), s.eta(), s.lambda(),
                    gw, gb, gc);
        } catch (NonFiniteException e) {
            assertArrayEquals(old, w, "signals: w unchanged");
            return;
        }
        if (s.lambda() == 0.0) {
            for (int k = 0; k < n.d(); k++) {   // every value of the ghost fields GradientStep.column (k) and row (i)
                for (int i = 0; zeroInBatch(s, k) && i < n.m(); i++) {
                    assertTrue(w[i * n.d() + k] == old[i * n.d() + k], "frozen coordinate " + k + " of row " + i);
                }
            }
        }
    }

    @Property(tries = 1000)
    void batchGradientIsZeroInEveryColumnZeroInTheWholeBatch(@ForAll("anySteps") Step s,
                                                              @ForAll("scratch") double[] junk) throws Throwable {
        Net n = s.net();
        double[] gw = cycle(junk, 0, n.m() * n.d());
        double[] gb = cycle(junk, 3, n.m());
        double[] gc = cycle(junk, 7, n.m());
        invokePrivate("batchGradient", new Class<?>[] {double[].class, double[].class, double[].class, int.class,
                int.class, double[].class, int[].class, double[].class, double[].class, double[].class,
                double[].class}, n.w(), n.b(), n.v(), n.d(), n.m(), s.data(), s.batch(), s.coeff(), gw, gb, gc);
        for (int k = 0; k < n.d(); k++) {   // every value of the ghost fields GradientStep.column (k) and row (i)
            for (int i = 0; zeroInBatch(s, k) && i < n.m(); i++) {
                assertTrue(gw[i * n.d() + k] == 0.0, "ensures: column " + k + " of row " + i);
            }
        }
    }

    @Property(tries = 2000)
    void stepIntoLeavesWeightsWithoutGradientOrThrowsAndWritesNothing(@ForAll("steps") Step s,
            @ForAll("rate") double lambda, @ForAll("scratch") double[] junk) throws Throwable {
        double[] w = s.net().w().clone();
        double[] old = w.clone();
        double[] g = cycle(junk, 0, w.length);   // the gradient: no requires; zeros, NaN and infinities included
        double[] oldG = g.clone();
        try {
            invokePrivate("stepInto", new Class<?>[] {double[].class, double[].class, double.class, double.class},
                    w, g, s.eta(), lambda);
        } catch (NonFiniteException e) {
            assertArrayEquals(old, w, "signals: w unchanged");
            return;
        }
        for (int k = 0; lambda == 0.0 && k < w.length; k++) {
            assertTrue(oldG[k] != 0.0 || w[k] == old[k], "ensures: weight " + k);
        }
    }

    /** Calls a private kernel link (its contract is proved by KeY; the search checks it at run time first). */
    private static void invokePrivate(String name, Class<?>[] types, Object... args) throws Throwable {
        java.lang.reflect.Method m = GradientStep.class.getDeclaredMethod(name, types);
        m.setAccessible(true);
        try {
            m.invoke(null, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Property(tries = 1000)
    void applyRefusesAnInadmissibleCoefficientAndWritesNothing(@ForAll("steps") Step s,
                                                              @ForAll("anyDouble") double bad) {
        if (-PARAM <= bad && bad <= PARAM) {
            return;   // outside the exceptional_behavior's requires
        }
        double[] coeff = s.coeff().clone();
        coeff[coeff.length - 1] = bad;
        double[] w = s.net().w().clone();
        double[] gw = new double[w.length];
        double[] gb = new double[s.net().m()];
        double[] gc = new double[s.net().m()];
        double[] oldW = w.clone();
        double[] oldGw = gw.clone();
        assertThrows(NonFiniteException.class, () -> GradientStep.apply(w, s.net().b(), s.net().v(), s.net().d(),
                s.net().m(), s.data(), s.batch(), coeff, s.eta(), s.lambda(), gw, gb, gc));
        assertArrayEquals(oldW, w);
        assertArrayEquals(oldGw, gw, "assignable \\nothing: scratch untouched too");
    }

    @Property(tries = 2000)
    void aStepWithoutGradientOrDecayLeavesTheWeight(@ForAll("parameter") double w, @ForAll("anyDouble") double g,
            @ForAll("parameter") double eta, @ForAll("rate") double lambda) {
        double rate = Math.abs(eta) > 0 ? Math.abs(eta) : 1.0;
        double decay = 1.0 - rate * lambda;
        double out = GradientStep.stepped(decay, w, rate, g);
        assertTrue(!(decay == 1.0 && g == 0.0) || out == w, "stepped");
        double[] ws = {w, -w, 0.0, w};
        double[] gs = {g, 0.0, -0.0, 0.0};
        double[] before = gs.clone();
        GradientStep.decayAndStep(ws, gs, rate, lambda);
        for (int k = 0; k < ws.length; k++) {
            assertTrue(lambda != 0.0 || before[k] != 0.0 || gs[k] == ws[k], "decayAndStep at " + k);
        }
    }

    @Provide
    Arbitrary<Double> rate() {
        return Arbitraries.of(0.0, 0.0, -0.0, Double.MIN_VALUE, 1e-3, 1.0, GradientStep.MAX_RATE);
    }

    @Example
    void theSearchRefutesTheFormerNormalBehaviourOfApply() {
        long refuted = steps().sampleStream().limit(500).filter(s -> {
            try {
                GradientStep.apply(s.net().w().clone(), s.net().b(), s.net().v(), s.net().d(), s.net().m(), s.data(),
                        s.batch(), s.coeff(), s.eta(), s.lambda(), new double[s.net().w().length],
                        new double[s.net().m()], new double[s.net().m()]);
                return false;
            } catch (NonFiniteException e) {
                return true;   // every requires of the former normal_behavior held, and it threw
            }
        }).count();
        assertTrue(refuted > 0, "the generator must reach the inputs that refute a normal_behavior");
    }

    @Example
    void theFormerNormalBehaviourOfApplyIsFalse() {
        double[] w = {1e50};
        double[] x = {1e50};
        assertThrows(NonFiniteException.class, () -> GradientStep.apply(w, new double[] {1e50},
                new double[] {1e50}, 1, 1, x, new int[] {0}, new double[] {1e50}, 1e50, 0.0, new double[1],
                new double[1], new double[1]));
        assertEquals(1e50, w[0]);
    }

    // KktConditions

    @Property(tries = 2000)
    void theMarginSetIsExactlyTheToleranceTest(@ForAll("anyArray") double[] q, @ForAll("anyDouble") double qMin,
                                               @ForAll("anyDouble") double tolerance) {
        double[] before = q.clone();
        boolean[] on = new boolean[q.length];
        java.util.Arrays.fill(on, true);   // a stale membership must be overwritten, not kept
        KktConditions.markMarginSet(q, qMin, tolerance, on);
        for (int i = 0; i < q.length; i++) {
            assertEquals(q[i] / qMin <= 1.0 + tolerance, on[i], "member " + i);
        }
        assertTrue(java.util.Arrays.equals(before, q), "the margins are only read");
    }

    @Property(tries = 2000)
    void nonNegativeIsExactlyEveryMultiplierAtLeastZero(@ForAll("anyArray") double[] lambda) {
        double[] before = lambda.clone();
        boolean expected = java.util.Arrays.stream(lambda).allMatch(l -> l >= 0.0);
        assertEquals(expected, KktConditions.nonNegative(lambda));
        assertTrue(java.util.Arrays.equals(before, lambda), "reads only");
    }

    @Property(tries = 2000)
    void aSumOfSquaredDifferencesOfAdmissibleEntriesNeverGoesNegative(@ForAll("entry") double theta,
                                                                      @ForAll("entry") double fitted,
                                                                      @ForAll("nonNegative") double sum) {
        double r = KktConditions.addSquaredDifference(sum, theta, fitted);
        assertTrue(0.0 <= r, sum + " + (" + theta + " - " + fitted + ")^2 = " + r);
    }

    @Provide
    Arbitrary<Double> nonNegative() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, within(Double.MAX_VALUE).map(Math::abs)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.POSITIVE_INFINITY)));
    }

    // the kernel views of WUMA's and VYS's networks (Vectors, TwoLayerNet, RowBall, GradientStep.descend)

    @Property(tries = 2000)
    void dotFromIsTheLeftToRightSumAfterStartAndNotNaN(@ForAll("entry") double start,
                                                       @ForAll("entryArray") double[] a, @ForAll("entryArray") double[] b) {
        int n = Math.min(a.length, b.length);
        double expected = start;
        for (int k = 0; k < n; k++) {
            expected += a[k] * b[b.length - n + k];
        }
        double got = Vectors.dotFrom(start, a, 0, b, b.length - n, n);
        assertFalse(Double.isNaN(got));
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(got));
        assertEquals(Double.doubleToRawLongBits(Vectors.dotFrom(0.0, a, 0, b, b.length - n, n)),
                Double.doubleToRawLongBits(Vectors.dot(a, 0, b, b.length - n, n)), "dot is dotFrom(0.0, ...)");
    }

    @Property(tries = 2000)
    void dotFourWayOfAdmissibleEntriesIsNotNaNAndSumsByResidue(@ForAll("entryArray") double[] a,
                                                              @ForAll("entryArray") double[] b) {
        int n = Math.min(a.length, b.length);
        double[] partial = new double[4];
        int full = n / 4 * 4;
        for (int k = 0; k < n; k++) {
            partial[k < full ? k % 4 : 0] += a[k] * b[k];
        }
        double got = Vectors.dotFourWay(a, 0, b, 0, n);
        assertFalse(Double.isNaN(got));
        assertEquals((partial[0] + partial[1]) + (partial[2] + partial[3]), got, 0.0);
    }

    @Property(tries = 2000)
    void fillSetsEveryEntryToANonNaNValue(@ForAll("anyArray") double[] a, @ForAll("anyDouble") double value) {
        if (Double.isNaN(value)) {
            return;   // outside requires: !Double.isNaN(value)
        }
        Vectors.fill(a, value);
        for (double x : a) {
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(x));
        }
    }

    @Property(tries = 2000)
    void squaredDistanceOfAdmissibleEntriesIsNonNegative(@ForAll("entryArray") double[] a,
                                                        @ForAll("entryArray") double[] b) {
        int n = Math.min(a.length, b.length);
        double s = Vectors.squaredDistance(a, a.length - n, b, 0, n);
        assertTrue(!Double.isNaN(s) && s >= 0.0, "got " + s);
    }

    @Property(tries = 2000)
    void withEveryNeuronInactiveTheOutputIsItsStart(@ForAll("anyDouble") double start,
                                                   @ForAll("parameterArray") double[] v,
                                                   @ForAll("anyArray") double[] h) {
        if (Double.isNaN(start)) {
            return;   // outside requires: !Double.isNaN(start)
        }
        int m = Math.min(v.length, h.length);
        double[] inactive = new double[h.length];
        for (int k = 0; k < h.length; k++) {
            inactive[k] = Double.isNaN(h[k]) ? -0.0 : -Math.abs(h[k]);
        }
        assertEquals(start, TwoLayerNet.outputFrom(start, v, inactive, h.length - m, m), 0.0);
    }

    @Property(tries = 2000)
    void withNoActiveNeuronTheInputGradientIsZeroAndOnlyOutIsWritten(@ForAll("anyArray") double[] w,
            @ForAll("anyArray") double[] v, @ForAll("anyArray") double[] h, @ForAll @IntRange(min = 1, max = 4) int d,
            @ForAll("anyArray") double[] stale) {
        int m = Math.min(v.length, h.length);
        w = Arrays.copyOf(w, m * d);   // requires w.length == m * d
        double[] inactive = new double[h.length];
        for (int k = 0; k < h.length; k++) {
            inactive[k] = Double.isNaN(h[k]) ? Double.NaN : (h[k] == 0.0 ? -Double.MIN_VALUE : -Math.abs(h[k]));
        }
        double[] out = Arrays.copyOf(stale, d);
        double[] wBefore = w.clone();
        TwoLayerNet.inputGradientAt(w, v, d, m, inactive, h.length - m, out);
        for (double o : out) {
            assertEquals(0.0, o, 0.0);
        }
        assertArrayEquals(wBefore, w);
    }

    @Property(tries = 2000)
    void aShrinkWritesItsRowOnlyAndKeepsCoordinatesAtTheirInitialization(@ForAll("anyArray") double[] w,
            @ForAll("entryArray") double[] w0, @ForAll("factor") double factor, @ForAll @IntRange(max = 8) int offset) {
        int len = Math.min(w.length, w0.length);
        double[] row = Arrays.copyOf(w, len);
        double[] init = Arrays.copyOf(w0, len);
        for (int k = 0; k < len; k += 2) {
            row[k] = init[k];   // every other coordinate still at its initialization
        }
        int from = Math.min(offset, len);
        int n = (len - from) / 2;
        double[] before = row.clone();
        RowBall.shrinkRow(row, init, from, n, factor);
        for (int q = 0; q < len; q++) {
            if (q < from || q >= from + n) {
                assertEquals(Double.doubleToRawLongBits(before[q]), Double.doubleToRawLongBits(row[q]), "frame " + q);
            } else if (before[q] == init[q]) {
                assertEquals(init[q], row[q], 0.0, "at its initialization, coordinate " + q);
            }
        }
    }

    @Provide
    Arbitrary<Double> factor() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, -0.0, 1.0, Double.MIN_VALUE,
                Math.nextDown(1.0))), net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0, 1)));
    }

    @Provide
    Arbitrary<double[]> parameterArray() {
        return arrays(within(PARAM), 0, 8);
    }

    @Property(tries = 2000)
    void descentWithoutGradientOrDecayLeavesTheParameter(@ForAll("parameterArray") double[] w,
            @ForAll("anyArray") double[] g, @ForAll("parameter") double eta, @ForAll("rate") double lambda) {
        double rate = Math.abs(eta) > 0 ? Math.abs(eta) : 1.0;
        int n = Math.min(w.length, g.length);
        double[] ws = Arrays.copyOf(w, n);
        double[] gs = Arrays.copyOf(g, n);
        for (int k = 0; k < n; k += 2) {
            gs[k] = k % 4 == 0 ? 0.0 : -0.0;
        }
        double[] before = ws.clone();
        GradientStep.descend(ws, gs, rate, lambda);
        for (int k = 0; k < n; k++) {
            assertTrue(lambda != 0.0 || gs[k] != 0.0 || ws[k] == before[k], "descend at " + k);
            assertEquals(Double.doubleToRawLongBits(before[k] - rate * (gs[k] + lambda * before[k])),
                    Double.doubleToRawLongBits(ws[k]), "the printed update at " + k);
        }
    }
}
