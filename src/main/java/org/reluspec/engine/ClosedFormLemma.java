package org.reluspec.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;

/**
 * A probabilistic lemma given as data: its {@link Theorem} (statement, printed domain, stated bound), grid rows, the
 * exact failure probability from the two libraries, and the Monte Carlo event that checks it. A closed-form lemma of
 * a paper is one call of {@link #of}, a few lines in its paper's claim list; lemmas that need more (importance
 * sampling, a cost model, variants) are classes of their own.
 */
public final class ClosedFormLemma extends AbstractProbabilisticClaim {

    /**
     * The lemma's data.
     *
     * @param theorem the lemma as printed, with its domain and bound
     * @param grid the default grid, one row per point in the order of the theorem's parameters
     * @param exact the exact failure probability (both libraries)
     * @param eventText the failure event in words
     * @param event a fresh failure event per worker
     */
    public record Data(Theorem theorem, double[][] grid, Function<ParameterPoint, ExactProbability> exact,
                       String eventText, Function<ParameterPoint, TrialEvent> event) {
    }

    private final Data data;

    private ClosedFormLemma(Data data) {
        super(data.theorem(), "as-printed", data.eventText());
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
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return grid(theorem().parameterNames().toArray(String[]::new), data.grid());
    }

    /** The theorem's hypotheses; a lemma that names none rests on the law its statement assumes. */
    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return theorem().hypotheses().isEmpty()
                ? List.of(HypothesisResult.byConstruction("H", "the law the statement assumes"))
                : theorem().hypotheses(point.values());
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
