package org.reluspec.claims;

/** The identity part of an order claim, so that each claim class holds only its sweep and its measurement. */
public abstract class AbstractScalingClaim implements ScalingClaim {

    private final String id;
    private final String variant;
    private final Source source;
    private final String statement;

    /**
     * @param id catalogue id
     * @param variant variant name
     * @param source where it is printed
     * @param statement the statement in words
     */
    protected AbstractScalingClaim(String id, String variant, Source source, String statement) {
        this.id = id;
        this.variant = variant;
        this.source = source;
        this.statement = statement;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String variant() {
        return variant;
    }

    @Override
    public final Source source() {
        return source;
    }

    @Override
    public final String statement() {
        return statement;
    }
}
