package org.reluspec.engine;

/**
 * The identity part every claim class shares (id, variant, where it is printed, the statement), so that each claim
 * class holds only its mathematics.
 */
public abstract class AbstractClaim implements Claim {

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
    protected AbstractClaim(String id, String variant, Source source, String statement) {
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
