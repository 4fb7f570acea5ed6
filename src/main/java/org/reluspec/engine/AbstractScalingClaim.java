package org.reluspec.engine;

/** The identity part of an order claim, so that each claim class holds only its sweep and its measurement. */
public abstract class AbstractScalingClaim extends AbstractClaim implements ScalingClaim {

    /**
     * @param id catalogue id
     * @param variant variant name
     * @param source where it is printed
     * @param statement the statement in words
     */
    protected AbstractScalingClaim(String id, String variant, Source source, String statement) {
        super(id, variant, source, statement);
    }
}
