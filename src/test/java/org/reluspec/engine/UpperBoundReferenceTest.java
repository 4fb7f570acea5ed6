package org.reluspec.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;
import org.junit.jupiter.api.Test;

/**
 * A point whose only reference is a rigorous upper bound above the stated bound is decided by its simulation: the
 * simulation must run even where the reference expects fewer than ten failures (it used to be skipped, and the
 * verdict then read a missing simulation), and the point takes part in the run's Holm test.
 *
 * <p>False-failure rates over seeds: the first test cannot fail by chance (2,000 trials never confirm a bound of
 * 1e-4: the smallest one-sided 99% upper bound, at zero failures, is 2.3e-3, and both other verdicts are accepted);
 * the second fails only if Bin(20,000, 0.05) stays below the Holm threshold of Bin(20,000, 0.005), with probability
 * below 1e-100.
 */
class UpperBoundReferenceTest {

    /** Failure probability {@code p}, a rigorous upper bound {@code 2p}, stated bound {@code p / 10}. */
    static final class LooseUpperBound extends AbstractProbabilisticClaim {
        private final double p;

        LooseUpperBound(double p) {
            super(Theorem.of("TEST-UB", new Source("TEST", "Lemma 0", "test"), "P(U < p) <= p/10 (false)"),
                    "as-printed",
                    new Source("TEST", "Lemma 0", "test"), "P(U < p) <= p/10 (false)",
                    "p/10", "U < p");
            this.p = p;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.openUnit("q", "unused"));
        }

        @Override
        public List<ParameterPoint> defaultGrid() {
            return List.of(ParameterPoint.of(this, "q", 0.5));
        }

        @Override
        public List<HypothesisResult> hypotheses(ParameterPoint point) {
            return List.of();
        }

        @Override
        public double statedBound(ParameterPoint point) {
            return p / 10;
        }

        @Override
        public Optional<ExactProbability> exactFailure(ParameterPoint point) {
            return Optional.of(new ExactProbability(2 * p, 2 * p, "2p", ExactProbability.Kind.UPPER_BOUND));
        }

        @Override
        public TrialEvent newFailureEvent(ParameterPoint point) {
            return rng -> rng.nextDouble() < p;
        }
    }

    @Test
    void aLooseUpperBoundLeavesTheVerdictToTheSimulation() {
        LooseUpperBound claim = new LooseUpperBound(1e-3);   // 2p x 2,000 trials = 4 expected: below ten
        CheckSettings settings = CheckSettings.of(CheckSettings.DEFAULT_SEED, 2_000, 1, 0.01,
                CheckSettings.SimulationPolicy.WHERE_REACHABLE);
        RunReport report = SuiteRun.run(List.of(new SuiteRun.ClaimAtPoint(claim, claim.defaultGrid().get(0), 0)),
                settings);
        ClaimResult r = report.results().get(0);
        assertTrue(r.probabilistic().orElseThrow().simulation().isPresent(), "the simulation decides this point and must run");
        assertTrue(r.verdict() == Verdict.INCONCLUSIVE || r.verdict() == Verdict.VIOLATED, r.note());
    }

    @Test
    void aClearlyViolatingPointIsTestedByHolm() {
        LooseUpperBound claim = new LooseUpperBound(0.05);   // true 0.05 against a stated 0.005
        CheckSettings settings = CheckSettings.of(CheckSettings.DEFAULT_SEED, 20_000, 1, 0.01,
                CheckSettings.SimulationPolicy.WHERE_REACHABLE);
        RunReport report = SuiteRun.run(List.of(new SuiteRun.ClaimAtPoint(claim, claim.defaultGrid().get(0), 0)),
                settings);
        assertEquals(Verdict.VIOLATED, report.results().get(0).verdict(), report.results().get(0).note());
    }
}
