package org.reluspec.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;

/**
 * A probabilistic lemma given as data: statement, parameters, grid rows, the stated bound, the exact failure
 * probability from the two libraries, and the Monte Carlo event that checks it. A closed-form lemma of a paper is
 * one call of {@link #of}, a few lines in its paper's claim list; lemmas that need more (importance sampling, a
 * cost model, hypotheses that can fail) are classes of their own.
 */
public final class ClosedFormLemma extends AbstractProbabilisticClaim {

    /**
     * The lemma's data.
     *
     * @param id catalogue id
     * @param source where it is printed
     * @param statement the statement as printed
     * @param parameters the printed domain
     * @param grid the default grid, one row per point in the order of {@code parameters}
     * @param boundFormula the stated bound as a formula
     * @param bound the stated bound's value
     * @param exact the exact failure probability (both libraries)
     * @param eventText the failure event in words
     * @param event a fresh failure event per worker
     */
    public record Data(String id, Source source, String statement, List<ParameterSpec> parameters, double[][] grid,
                       String boundFormula, ToDoubleFunction<ParameterPoint> bound,
                       Function<ParameterPoint, ExactProbability> exact, String eventText,
                       Function<ParameterPoint, TrialEvent> event) {
    }

    private final Data data;

    private ClosedFormLemma(Data data) {
        super(data.id(), "as-printed", data.source(), data.statement(), data.boundFormula(), data.eventText());
        this.data = data;
    }

    /**
     * @param data the lemma
     * @return the claim
     */
    public static ClosedFormLemma of(Data data) {
        return new ClosedFormLemma(data);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return data.parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(data.parameters().stream().map(ParameterSpec::name).toArray(String[]::new), data.grid());
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H", "the law the statement assumes"));
    }

    @Override
    public double statedBound(ParameterPoint point) {
        return data.bound().applyAsDouble(point);
    }

    @Override
    public Optional<ExactProbability> exactFailure(ParameterPoint point) {
        return Optional.of(data.exact().apply(point));
    }

    @Override
    public TrialEvent newFailureEvent(ParameterPoint point) {
        return data.event().apply(point);
    }
}
