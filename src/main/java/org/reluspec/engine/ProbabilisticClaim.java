package org.reluspec.engine;

import java.util.Optional;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;

/** A claim of the form "P(failure event) <= B(parameters)". */
public interface ProbabilisticClaim extends Claim {

    /**
     * @param point a validated parameter point
     * @return the stated bound {@code B} on the failure probability, as printed (may be {@code >= 1}: vacuous)
     */
    double statedBound(ParameterPoint point);

    /** @return the stated bound as a formula, e.g. {@code "exp(-n/16)"} */
    String boundFormula();

    /**
     * @param point a validated parameter point
     * @return the exact failure probability from two libraries, when a closed form exists
     */
    Optional<ExactProbability> exactFailure(ParameterPoint point);

    /**
     * @param point a validated parameter point
     * @return a fresh failure event for one worker thread
     */
    TrialEvent newFailureEvent(ParameterPoint point);

    /** @return the failure event in words, e.g. {@code "||w||^2 <= sigma^2 n / 2"} */
    String failureEventText();

    /**
     * The cost of one trial in work units (about one Gaussian draw or one multiply-add each), used to cap the trial
     * count at a deterministic work budget per point, so that results stay bit-identical on any machine.
     *
     * @param point a validated parameter point
     * @return work units per trial, at least 1
     */
    default double costPerTrial(ParameterPoint point) {
        return 1;
    }

    /**
     * An importance-sampling estimator of the failure probability for points far below {@code 1/budget}, used as an
     * independent self-check of the exact value.
     *
     * @param point a validated parameter point
     * @return a fresh weighted event for one worker, or empty when the claim has none
     */
    default Optional<org.reluspec.harness.WeightedEvent> importanceSampler(ParameterPoint point) {
        return Optional.empty();
    }

    /**
     * How the simulated event relates to the claim's failure event. For "for all W in a set" claims the failure
     * ("some W fails") is rarely computable: a search that finds a failing W gives an event inside the failure, and a
     * certificate that no W fails gives an event containing it.
     */
    enum EventKind {
        /** The event is the failure event. */
        EXACT,
        /** The event implies the failure (a search found a failing instance): its rate is a lower bound. */
        LOWER_BOUND,
        /** The failure implies the event (no certificate): its rate is an upper bound. */
        UPPER_BOUND
    }

    /**
     * A {@link EventKind#LOWER_BOUND} event can only give {@code VIOLATED} (its {@code CONFIRMED} becomes
     * {@code INCONCLUSIVE}); an {@link EventKind#UPPER_BOUND} event can only give {@code CONFIRMED} (it is left out
     * of the run's Holm test).
     *
     * @return the event's relation to the failure event
     */
    default EventKind eventKind() {
        return EventKind.EXACT;
    }
}
