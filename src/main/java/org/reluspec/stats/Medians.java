package org.reluspec.stats;

import java.util.Arrays;

/** The sample median, as the experiments summarize their seeds. */
public final class Medians {

    private Medians() {
    }

    /**
     * @param a the sample (not modified)
     * @return its median: the middle order statistic, or the mean of the two middle ones for an even size
     */
    public static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
