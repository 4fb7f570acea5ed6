package org.reluspec.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;

/**
 * A probabilistic claim with a deliberately wrong bound, or with its exact value hidden: negative controls that
 * prove the machinery can say no. Everything else (event, hypotheses, grid) is the wrapped claim's.
 */
public final class NegativeControl implements ProbabilisticClaim {

    private final ProbabilisticClaim claim;
    private final ToDoubleFunction<ParameterPoint> bound;
    private final String boundFormula;
    private final boolean hideExact;

    private NegativeControl(ProbabilisticClaim claim, ToDoubleFunction<ParameterPoint> bound, String boundFormula,
                            boolean hideExact) {
        this.claim = claim;
        this.bound = bound;
        this.boundFormula = boundFormula;
        this.hideExact = hideExact;
    }

    /**
     * @param claim the true claim
     * @param bound the wrong bound
     * @param formula its formula
     * @return the claim with its bound replaced
     */
    public static NegativeControl withBound(ProbabilisticClaim claim, ToDoubleFunction<ParameterPoint> bound,
                                            String formula) {
        return new NegativeControl(claim, bound, formula, false);
    }

    /** @return this control with the exact value hidden, so only Monte Carlo can decide */
    public NegativeControl withoutExact() {
        return new NegativeControl(claim, bound, boundFormula, true);
    }

    @Override
    public Theorem theorem() {
        return claim.theorem();
    }

    @Override
    public String id() {
        return claim.id();
    }

    @Override
    public String variant() {
        return "negative-control";
    }

    @Override
    public Source source() {
        return claim.source();
    }

    @Override
    public String statement() {
        return claim.statement() + " [bound replaced by " + boundFormula + "]";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return claim.parameters();
    }

    @Override
    public List<String> settingParameters() {
        return claim.settingParameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return claim.defaultGrid();
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return claim.hypotheses(point);
    }

    @Override
    public double statedBound(ParameterPoint point) {
        return bound.applyAsDouble(point);
    }

    @Override
    public String boundFormula() {
        return boundFormula;
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        return hideExact ? Optional.empty() : claim.exactFailure(point);
    }

    @Override
    public double costPerTrial(ParameterPoint point) {
        return claim.costPerTrial(point);
    }

    @Override
    public EventKind eventKind() {
        return claim.eventKind();
    }

    @Override
    public Optional<org.reluspec.harness.WeightedEvent> importanceSampler(ParameterPoint point) {
        return hideExact ? Optional.empty() : claim.importanceSampler(point);
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        claim.validateRelations(point);
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        return claim.newFailureEvent(point);
    }

    @Override
    public String failureEventText() {
        return claim.failureEventText();
    }
}
