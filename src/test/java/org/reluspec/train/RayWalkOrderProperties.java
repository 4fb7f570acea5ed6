package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link RayWalk}'s breakpoints must come in the order of a stable sort by breakpoint, entering neurons first at equal
 * breakpoints: the walk's sign test at a shared kink depends on it. The reference here is the JDK's stable
 * {@code List.sort} with that comparison. Three kinds of inputs: small integers (many equal breakpoints, zero slopes,
 * breakpoints at 0 and beyond the limit), breakpoints one ulp apart (equal in the leading bits the sort keys keep, so
 * only the exact pass orders them), and Gaussians over many magnitudes.
 */
class RayWalkOrderProperties {

    @Property(tries = 2000)
    void breakpointsComeInTheOrderOfAStableSortEnteringFirst(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 2000) int m, @ForAll @IntRange(min = 0, max = 2) int kind) {
        SplittableRandom g = new SplittableRandom(seed);
        double[] a = new double[m];
        double[] s = new double[m];
        for (int j = 0; j < m; j++) {
            switch (kind) {
                case 0 -> {
                    a[j] = g.nextInt(-3, 4);
                    s[j] = g.nextInt(-3, 4);
                }
                case 1 -> {
                    double t = 1 + g.nextInt(40) * Math.ulp(1.0);
                    s[j] = g.nextBoolean() ? 1 : -1;
                    a[j] = -t * s[j];
                }
                default -> {
                    a[j] = g.nextGaussian() * Math.pow(10, g.nextInt(-30, 31));
                    s[j] = g.nextInt(10) == 0 ? 0 : g.nextGaussian() * Math.pow(10, g.nextInt(-30, 31));
                }
            }
        }
        double tMax = kind == 2 ? 1e6 : 2;
        List<Integer> expected = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            double t = -a[j] / s[j];
            if (s[j] != 0 && t > 0 && t < tMax) {
                expected.add(j);
            }
        }
        Comparator<Integer> byBreakpoint = Comparator.comparingDouble(j -> -a[j] / s[j]);
        expected.sort(byBreakpoint.thenComparing(j -> s[j] > 0 ? 0 : 1));
        RayWalk walk = new RayWalk(a, s, tMax);
        assertEquals(expected.size(), walk.breakpoints());
        for (int k = 0; k < expected.size(); k++) {
            int j = expected.get(k);
            assertEquals(j, walk.neuronAt(k), "breakpoint " + k);
            assertEquals(-a[j] / s[j], walk.breakAt(k), "breakpoint " + k);
        }
    }
}
