package org.reluspec.engine;

import java.util.Optional;
import org.reluspec.harness.WeightedMean;
import org.reluspec.stats.ExactProbability;

/**
 * What a check found at one point, by kind of claim. Each kind holds exactly its own fields, none of them null; what
 * a probabilistic check may lack (an exact reference, a simulation, an importance-sampling self-check) is an
 * {@link Optional}.
 */
public sealed interface Conclusion permits Conclusion.Probabilistic, Conclusion.Deterministic, Conclusion.Order {

    /** @return the failure event (probabilistic) or the relation that must hold, in words */
    String relation();

    /**
     * "P(failure event) <= stated bound", checked against an exact reference and/or a simulation.
     *
     * @param relation the failure event in words
     * @param boundFormula the stated bound as a formula
     * @param statedBound its value here (may be {@code >= 1}: vacuous)
     * @param exact the exact failure probability (or a rigorous upper bound on it) from two libraries
     * @param simulation the Monte Carlo estimate with its intervals
     * @param importanceSampling the importance-sampling self-check of a point too rare to simulate
     * @param simulationVerdict what the simulation alone says, when there is one
     */
    record Probabilistic(String relation, String boundFormula, double statedBound, Optional<ExactProbability> exact,
                         Optional<Simulation> simulation, Optional<WeightedMean> importanceSampling,
                         Optional<Verdict> simulationVerdict) implements Conclusion {
    }

    /**
     * A property that must hold for every instance, evaluated exactly.
     *
     * @param relation the relation in words
     * @param outcome its two sides on the worst instance
     */
    record Deterministic(String relation, DeterministicOutcome outcome) implements Conclusion {
    }

    /**
     * An order of growth, compared by the fitted exponent; the outcome's sides are the fitted and claimed exponents.
     *
     * @param relation e.g. {@code "exponent of ||delta*|| = O(d^-0.5)"}
     * @param outcome fitted exponent (lhs) against the claimed one (rhs), with the fit in its detail
     */
    record Order(String relation, DeterministicOutcome outcome) implements Conclusion {
    }
}
