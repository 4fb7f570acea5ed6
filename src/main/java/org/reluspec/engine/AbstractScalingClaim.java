package org.reluspec.engine;

/** The identity part of an order claim, so that each claim class holds only its sweep and its measurement. */
public abstract class AbstractScalingClaim extends AbstractClaim implements ScalingClaim {

    /**
     * @param theorem the theorem whose order of growth is measured, as printed
     * @param variant variant name
     */
    protected AbstractScalingClaim(Theorem theorem, String variant) {
        super(theorem, variant);
    }

    /**
     * @param theorem the theorem whose order of growth is measured
     * @param variant variant name
     * @param source where the order is printed
     * @param statement the order in words
     */
    protected AbstractScalingClaim(Theorem theorem, String variant, Source source, String statement) {
        super(theorem, variant, source, statement);
    }
}
