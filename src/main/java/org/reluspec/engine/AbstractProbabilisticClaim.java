package org.reluspec.engine;

import java.util.List;
import java.util.Optional;
import org.reluspec.stats.ExactProbability;

/**
 * The identity part of a probabilistic claim, so that each claim class holds only its mathematics: parameters,
 * grid, hypotheses, bound, exact value and failure event.
 */
public abstract class AbstractProbabilisticClaim extends AbstractClaim implements ProbabilisticClaim {

    private final String boundFormula;
    private final String failureEventText;

    /**
     * A variant that checks the theorem's printed bound: the bound formula and {@link #statedBound} are the
     * theorem's.
     *
     * @param theorem the theorem, with a bound
     * @param variant variant name
     * @param failureEventText the failure event in words
     */
    protected AbstractProbabilisticClaim(Theorem theorem, String variant, String failureEventText) {
        this(theorem, variant, theorem.source(), theorem.statement(), theorem.boundFormula(),
                failureEventText);
    }

    /**
     * A variant that checks a proof's version or a reading of the theorem, with its own bound.
     *
     * @param theorem the theorem
     * @param variant variant name
     * @param source where the checked version is printed
     * @param statement the checked version in words
     * @param boundFormula its bound as a formula
     * @param failureEventText the failure event in words
     */
    protected AbstractProbabilisticClaim(Theorem theorem, String variant, Source source, String statement,
                                         String boundFormula, String failureEventText) {
        super(theorem, variant, source, statement);
        this.boundFormula = boundFormula;
        this.failureEventText = failureEventText;
    }

    @Override
    public final String boundFormula() {
        return boundFormula;
    }

    @Override
    public final String failureEventText() {
        return failureEventText;
    }

    /** The theorem's printed bound; a variant with a bound of its own overrides this. */
    @Override
    public double statedBound(ParameterPoint point) {
        return theorem().statedBound(point);
    }

    /** Claims without a closed form override nothing: Monte Carlo decides. */
    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        return Optional.empty();
    }

    /**
     * @param names parameter names
     * @param values one row of values per point, in the order of {@code names}
     * @return the validated grid points
     */
    protected final List<ParameterPoint> grid(String[] names, double[][] values) {
        return ParameterPoint.grid(this, names, values);
    }
}
