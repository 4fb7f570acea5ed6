package org.reluspec.engine;

import org.reluspec.harness.TrialStreams;

/**
 * A claim about an order of growth with unnamed constants, e.g. "the smallest flipping step is {@code O(1/d)}".
 * DESIGN.md forbids inventing the constants; instead the quantity is measured over a sweep of sizes, the exponent
 * of {@code quantity ~ size^e} is fitted by least squares on {@code (ln size, ln quantity)} over every draw, and its
 * confidence interval is compared with the claimed exponent ({@link ScalingCheck}).
 */
public interface ScalingClaim extends Claim {

    /** How the claimed order relates the quantity to {@code size^exponent}. */
    enum Relation {
        /** {@code O(size^e)}: inconsistent when the interval lies above {@code e}. */
        AT_MOST("O"),
        /** {@code Omega(size^e)}: inconsistent when the interval lies below {@code e}. */
        AT_LEAST("Omega"),
        /** {@code Theta(size^e)}: inconsistent when the interval excludes {@code e}. */
        EXACTLY("Theta"),
        /**
         * {@code o(size^e)}: inconsistent when the interval lies above {@code e}; a measured exponent equal to
         * {@code e} cannot tell {@code o} from {@code Theta} (e.g. {@code sqrt(d)/ln d}), and the note says so.
         */
        BELOW("o");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        /** @return {@code O}, {@code Omega}, {@code Theta} or {@code o} */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * The claimed order.
     *
     * @param relation O, Omega, Theta or o
     * @param exponent the claimed exponent {@code e}
     * @param quantity what is measured, e.g. {@code "||delta*||"}
     * @param size the growing parameter, e.g. {@code "d"}
     */
    record Order(Relation relation, double exponent, String quantity, String size) {
        /** @return e.g. {@code "||delta*|| = O(d^-0.5)"} */
        public String text() {
            return quantity + " = " + relation.symbol() + "(" + size + "^" + exponent + ")";
        }
    }

    /**
     * What a sweep measured.
     *
     * @param sizes the size of each draw
     * @param values the measured quantity of each draw (positive and finite for the fit)
     * @param measurement how the value was obtained, e.g. "exact" or "lower bound by search over 12 directions"
     */
    record Sweep(double[] sizes, double[] values, String measurement) {
    }

    /**
     * @param point a validated parameter point
     * @return the claimed order
     */
    Order order(ParameterPoint point);

    /**
     * @param point a validated parameter point (it fixes the sweep)
     * @param streams draw {@code i} of the sweep uses only {@code streams.forTrial(i)}
     * @return the measurements
     */
    Sweep measure(ParameterPoint point, TrialStreams streams);

    /**
     * Whether the measured value is what a search found for an extremum the claim bounds ("for all W", "sup over
     * delta"): the search's best is a lower bound of a supremum (for {@code O}, {@code o}) or an upper bound of an
     * infimum (for {@code Omega}). Then the fit can show the order wrong, but agreement covers only what the search
     * found, and the note says so.
     *
     * @return {@code true} for a search's extremum
     */
    default boolean measuresSearchExtremum() {
        return false;
    }
}
