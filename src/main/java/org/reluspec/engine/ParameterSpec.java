package org.reluspec.engine;

import org.reluspec.util.Formats;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * A typed parameter of a claim with its admissible range. Values outside the range are malformed input (an
 * exception); the range is the domain where the statement is meaningful at all, not the theorem's hypotheses,
 * which are evaluated as results.
 *
 * @param name the paper's symbol, e.g. {@code "n"}, {@code "sigma"}, {@code "ell"}
 * @param integer whether only integers are admissible
 * @param min smallest admissible value
 * @param minInclusive whether {@code min} itself is admissible
 * @param max largest admissible value
 * @param maxInclusive whether {@code max} itself is admissible
 * @param meaning what the parameter is
 */
public record ParameterSpec(String name, boolean integer, double min, boolean minInclusive, double max,
                            boolean maxInclusive, String meaning) {

    /**
     * @param name symbol
     * @param min smallest value, inclusive
     * @param max largest value, inclusive
     * @param meaning what it is
     * @return an integer parameter in {@code [min, max]}
     */
    public static ParameterSpec integer(String name, long min, long max, String meaning) {
        return new ParameterSpec(name, true, min, true, max, true, meaning);
    }

    /**
     * @param name symbol
     * @param meaning what it is
     * @return a real parameter in {@code (0, infinity)}
     */
    public static ParameterSpec positiveReal(String name, String meaning) {
        return new ParameterSpec(name, false, 0, false, Double.POSITIVE_INFINITY, false, meaning);
    }

    /**
     * @param name symbol
     * @param meaning what it is
     * @return a real parameter in {@code [0, infinity)}
     */
    public static ParameterSpec nonNegativeReal(String name, String meaning) {
        return new ParameterSpec(name, false, 0, true, Double.POSITIVE_INFINITY, false, meaning);
    }

    /**
     * @param name symbol
     * @param meaning what it is
     * @return a real parameter in the open interval {@code (0, 1)}
     */
    public static ParameterSpec openUnit(String name, String meaning) {
        return new ParameterSpec(name, false, 0, false, 1, false, meaning);
    }

    /** @return the admissible range in interval notation, e.g. {@code "[1, 1048576] (integer)"} */
    public String range() {
        return (minInclusive ? "[" : "(") + Formats.plain(min) + ", " + Formats.plain(max) + (maxInclusive ? "]" : ")")
                + (integer ? " (integer)" : "");
    }

    /**
     * @param value a proposed value
     * @return {@code value} when admissible
     * @throws ReluSpecArgumentException naming this parameter, the value and the range otherwise
     */
    public double validate(double value) {
        if (Double.isNaN(value)) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_NAN, name);
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        if (!aboveMin || !belowMax) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_OUT_OF_RANGE, name, Formats.plain(value), range());
        }
        if (integer && value != Math.rint(value)) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_NOT_INTEGER, name, Formats.plain(value));
        }
        return value;
    }
}
