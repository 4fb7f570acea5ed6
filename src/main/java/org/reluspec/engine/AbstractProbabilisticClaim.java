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
     * @param id catalogue id
     * @param variant variant name
     * @param source where it is printed
     * @param statement the statement in words
     * @param boundFormula the stated bound as a formula
     * @param failureEventText the failure event in words
     */
    protected AbstractProbabilisticClaim(String id, String variant, Source source, String statement,
                                         String boundFormula, String failureEventText) {
        super(id, variant, source, statement);
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
