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
 * @param cases for a family of cases of a quantified object (a dataset, a test point), the name of each member,
 *              value {@code i} naming member {@code i}; empty for an ordinary parameter
 */
public record ParameterSpec(String name, boolean integer, double min, boolean minInclusive, double max,
                            boolean maxInclusive, String meaning, java.util.List<String> cases) {

    /** Copies the cases. */
    public ParameterSpec {
        cases = java.util.List.copyOf(cases);
    }

    /** An ordinary parameter (no case family). */
    public ParameterSpec(String name, boolean integer, double min, boolean minInclusive, double max,
                         boolean maxInclusive, String meaning) {
        this(name, integer, min, minInclusive, max, maxInclusive, meaning, java.util.List.of());
    }

    /**
     * A quantified object ("for every dataset with ...") made a parameter: the statement's generic member first, then
     * the degenerate members it admits, the cases a careful referee tries first. A search tries every member.
     *
     * @param name symbol
     * @param meaning what is quantified over
     * @param members the members' names; value {@code i} selects member {@code i}
     * @return an integer parameter in {@code [0, members - 1]}
     */
    public static ParameterSpec cases(String name, String meaning, String... members) {
        StringBuilder text = new StringBuilder(meaning).append(": ");
        for (int i = 0; i < members.length; i++) {
            text.append(i == 0 ? "" : ", ").append(i).append(" = ").append(members[i]);
        }
        return new ParameterSpec(name, true, 0, true, members.length - 1, true, text.toString(),
                java.util.List.of(members));
    }

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
