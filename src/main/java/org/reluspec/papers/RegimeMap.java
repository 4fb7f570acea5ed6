package org.reluspec.papers;

import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * A two-parameter map of where a claim says something: its hypotheses hold and its bound is below 1/2. The x axis
 * is log-spaced from {@code xMin} to {@code xMax}; row {@code t in (0, 1)} of the grid gives {@code y = yOf(x, t)}.
 *
 * @param claimKey the claim's {@code id/variant}
 * @param x the parameter on the x axis
 * @param xMin smallest x
 * @param xMax largest x
 * @param y the parameter on the y axis
 * @param yOf the y value of grid row {@code t in [0, 1]} at a given x (e.g. {@code ell = t d})
 * @param yLabel axis label
 * @param fixed the other parameters
 */
public record RegimeMap(String claimKey, String x, double xMin, double xMax, String y, DoubleBinaryOperator yOf,
                        String yLabel, Map<String, Double> fixed) {
}
