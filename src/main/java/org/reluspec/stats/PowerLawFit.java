package org.reluspec.stats;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The exponent {@code e} of {@code value ~ size^e}: the least-squares slope of {@code ln value} on {@code ln size}
 * over every observation, with the two-sided Student-t interval of the slope (Hipparchus {@link SimpleRegression}).
 *
 * @param exponent the fitted slope
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param observations how many (size, value) pairs
 * @param confidence the interval's level
 * @param standardError the slope's standard error (Student-t with {@code observations - 2} degrees of freedom)
 */
public record PowerLawFit(double exponent, double lower, double upper, int observations, double confidence,
                          double standardError) {

    /**
     * @param sizes the sizes, positive
     * @param values the values, positive and finite
     * @param alpha the interval's error rate, in (0, 1)
     * @return the fit
     * @throws IllegalArgumentException when a size or value is not positive and finite, or fewer than 3 pairs
     */
    public static PowerLawFit of(double[] sizes, double[] values, double alpha) {
        if (sizes.length != values.length || sizes.length < 3) {
            throw new IllegalArgumentException("need at least 3 (size, value) pairs, got " + sizes.length + " and "
                    + values.length);
        }
        SimpleRegression fit = new SimpleRegression();
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] > 0 && values[i] > 0 && values[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("pair " + i + " (" + sizes[i] + ", " + values[i]
                        + ") is not positive and finite");
            }
            fit.addData(Math.log(sizes[i]), Math.log(values[i]));
        }
        double slope = fit.getSlope();
        double half = fit.getSlopeConfidenceInterval(alpha);
        return new PowerLawFit(slope, slope - half, slope + half, sizes.length, 1 - alpha, fit.getSlopeStdErr());
    }

    /**
     * @param e an exponent
     * @return whether the interval contains it
     */
    public boolean contains(double e) {
        return lower <= e && e <= upper;
    }

    /**
     * The one-sided p-value of "the exponent is at most {@code e}": small when the fitted slope lies well above it.
     *
     * @param e the claimed exponent
     * @return {@code P(T >= (slope - e) / se)} for Student's t with {@code observations - 2} degrees of freedom
     */
    public double pValueAbove(double e) {
        return tail((exponent - e) / standardError);
    }

    /**
     * @param e the claimed exponent
     * @return the one-sided p-value of "the exponent is at least {@code e}"
     */
    public double pValueBelow(double e) {
        return tail((e - exponent) / standardError);
    }

    private double tail(double t) {
        if (!(standardError > 0)) {   // a perfect fit: the slope is exact
            return t > 0 ? 0 : 1;
        }
        return new TDistribution(observations - 2).cumulativeProbability(-t);
    }
}
