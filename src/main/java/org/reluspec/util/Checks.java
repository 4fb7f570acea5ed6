package org.reluspec.util;

/**
 * Precondition helpers that return the checked value, catch NaN by inverted comparisons, and name the variable and
 * its value in the exception.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param value the value
     * @param name its name in messages
     * @return {@code value} when {@code 0 < value < infinity}
     * @throws ReluSpecArgumentException {@link Violation#NOT_POSITIVE_FINITE} otherwise (NaN included)
     */
    public static double requirePositiveFinite(double value, String name) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new ReluSpecArgumentException(Violation.NOT_POSITIVE_FINITE, name, value);
        }
        return value;
    }

    /**
     * @param value the value
     * @param name its name in messages
     * @return {@code value} when {@code 0 < value < 1}
     * @throws ReluSpecArgumentException {@link Violation#NOT_IN_OPEN_UNIT_INTERVAL} otherwise (NaN included)
     */
    public static double requireOpenUnitInterval(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new ReluSpecArgumentException(Violation.NOT_IN_OPEN_UNIT_INTERVAL, name, value);
        }
        return value;
    }

    /**
     * @param value the value
     * @param min the smallest admissible value
     * @param name its name in messages
     * @return {@code value} when {@code value >= min}
     * @throws ReluSpecArgumentException {@link Violation#TOO_SMALL} otherwise
     */
    public static long requireAtLeast(long value, long min, String name) {
        if (value < min) {
            throw new ReluSpecArgumentException(Violation.TOO_SMALL, name, value, min);
        }
        return value;
    }

    /**
     * @param text the text
     * @param what what the number is, for the message
     * @return the parsed number (which may be NaN only if the text says "NaN")
     * @throws ReluSpecArgumentException {@link Violation#MALFORMED_NUMBER} when the text is not a number
     */
    public static double parseDouble(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_NUMBER, what, text);
        }
    }
}
