package org.reluspec.engine;

/**
 * The identity part every claim class shares (its theorem, the variant, and where the variant differs from the
 * theorem as printed: the source and statement it checks), so that each claim class holds only its mathematics.
 */
public abstract class AbstractClaim implements Claim {

    private final Theorem theorem;
    private final String variant;
    private final Source source;
    private final String statement;

    /**
     * A variant that checks the theorem as printed.
     *
     * @param theorem the theorem
     * @param variant variant name
     */
    protected AbstractClaim(Theorem theorem, String variant) {
        this(theorem, variant, theorem.source(), theorem.statement());
    }

    /**
     * A variant that checks a proof's version or a reading of the theorem.
     *
     * @param theorem the theorem
     * @param variant variant name
     * @param source where the checked version is printed
     * @param statement the checked version in words
     */
    protected AbstractClaim(Theorem theorem, String variant, Source source, String statement) {
        this.theorem = theorem;
        this.variant = variant;
        this.source = source;
        this.statement = statement;
    }

    @Override
    public final Theorem theorem() {
        return theorem;
    }

    @Override
    public final String id() {
        return theorem.id();
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
