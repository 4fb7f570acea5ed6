package org.reluspec.stats;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.reluspec.util.Checks;

/**
 * Family-wise error control for the {@code VIOLATED} verdicts of one run (Holm, Scand. J. Statist. 6(2), 1979).
 *
 * <p>Each simulated claim point tests {@code H0: p_fail <= B} against {@code p_fail > B}, with the exact binomial
 * p-value {@code P(Bin(n, B) >= k)}. Holm's step-down procedure sorts the {@code K} p-values and rejects the
 * {@code i}-th smallest while {@code p_(i) <= alpha / (K - i + 1)}. If every tested claim is true, the probability
 * that any is rejected is at most {@code alpha}, whatever the dependence between the tests.
 */
public final class Holm {

    private Holm() {
    }

    /**
     * @param failures observed failures {@code k}
     * @param trials trials {@code n}
     * @param bound the stated bound {@code B} in [0, 1]
     * @return {@code P(Bin(n, B) >= k)}, the p-value of {@code k} failures under {@code p_fail = B}
     */
    public static double exceedancePValue(long failures, long trials, double bound) {
        if (failures == 0) {
            return 1;
        }
        if (bound >= 1) {
            return 1;
        }
        if (bound <= 0) {
            return 0;
        }
        return BinomialDistribution.of(Math.toIntExact(trials), bound).survivalProbability((int) (failures - 1));
    }

    /**
     * @param pValues the p-values of one run
     * @param alpha the family-wise error rate, in (0, 1)
     * @return for each p-value, whether its hypothesis is rejected
     */
    public static boolean[] reject(double[] pValues, double alpha) {
        Checks.requireOpenUnitInterval(alpha, "alpha");
        int k = pValues.length;
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        boolean[] rejected = new boolean[k];
        for (int rank = 0; rank < k; rank++) {
            int i = order[rank];
            if (!(pValues[i] <= alpha / (k - rank))) {
                break;
            }
            rejected[i] = true;
        }
        return rejected;
    }
}
