package org.reluspec.kernel;

/**
 * Thrown when a kernel computation meets a value outside the admissible range (NaN, an infinity, or a magnitude the
 * kernel's no-NaN guarantee does not cover) at a place where continuing would corrupt state silently.
 *
 * <p>Why an exception and not a NaN result: {@code NaN * 0.0} is NaN, so a NaN loss derivative fed into a
 * training step would "unfreeze" weight coordinates that MYV Theorem A.2 says are frozen. The step refuses instead,
 * and leaves the weights as they were.
 */
public class NonFiniteException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** Which quantity was not admissible (for example {@code "loss derivative coefficient"}). */
    private final String quantity;

    /** Index of the offending entry in its array. */
    private final int index;

    /** The offending value. */
    private final double value;

    /**
     * @param quantity which quantity was not admissible
     * @param index index of the offending entry
     * @param value the offending value
     */
    public NonFiniteException(String quantity, int index, double value) {
        // no "+ value": KeY's Java model cannot turn a double into a string, and a constructor it cannot execute
        // leaves every contract that ends in this exception open (requireAdmissible's exceptional behaviour
        // was); getValue() gives the number
        super(quantity + " at index " + index + " is not admissible (finite and within range)");
        this.quantity = quantity;
        this.index = index;
        this.value = value;
    }

    /** @return which quantity was not admissible */
    public String getQuantity() {
        return quantity;
    }

    /** @return index of the offending entry */
    public int getIndex() {
        return index;
    }

    /** @return the offending value */
    public double getValue() {
        return value;
    }
}
