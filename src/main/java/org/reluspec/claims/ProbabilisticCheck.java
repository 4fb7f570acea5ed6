package org.reluspec.claims;

import java.util.List;
import java.util.Optional;
import org.reluspec.harness.BernoulliCount;
import org.reluspec.harness.MonteCarlo;
import org.reluspec.harness.TrialStreams;
import org.reluspec.stats.ClopperPearson;
import org.reluspec.stats.ExactProbability;
import org.reluspec.stats.Holm;
import org.reluspec.stats.Interval;

/**
 * Checks a {@link ProbabilisticClaim} at one parameter point.
 *
 * <p>Order of the verdict, first match wins:
 * <ol>
 *   <li>{@code SELF_CHECK_FAILED}: the two libraries disagree beyond 1e-10 relative, or the exact value lies outside
 *       the simulation's two-sided interval (at confidence {@code 1 - selfCheckAlpha});</li>
 *   <li>{@code NOT_APPLICABLE}: a hypothesis fails (the conclusion is still measured and reported);</li>
 *   <li>{@code VACUOUS}: the stated bound is {@code >= 1};</li>
 *   <li>{@code EXACT_HOLDS} / {@code EXACT_VIOLATED}: exact value vs bound;</li>
 *   <li>Monte Carlo only: {@code CONFIRMED} when the one-sided upper bound at {@code 1 - alpha} is at most the stated
 *       bound, otherwise {@code INCONCLUSIVE}; {@code VIOLATED} is decided for the whole run by {@link Holm}.</li>
 * </ol>
 */
public final class ProbabilisticCheck {

    private ProbabilisticCheck() {
    }

    /**
     * @param claim the claim
     * @param point a validated point
     * @param gridPoint the point's index (names its random streams)
     * @param settings the run's settings
     * @param selfCheckAlpha error rate of this point's simulation-vs-exact self-check
     * @return the result, before run-level Holm correction
     */
    public static ClaimResult check(ProbabilisticClaim claim, ParameterPoint point, int gridPoint,
                                    CheckSettings settings, double selfCheckAlpha) {
        List<HypothesisResult> hyps = claim.hypotheses(point);
        boolean applicable = hyps.stream().allMatch(HypothesisResult::holds);
        double bound = claim.statedBound(point);
        Optional<ExactProbability> exact = claim.exactFailure(point);
        Simulation sim = null;
        if (shouldSimulate(exact, settings)) {
            sim = simulate(claim, point, gridPoint, settings, bound, selfCheckAlpha);
        }
        Verdict simVerdict = sim == null ? null
                : sim.upperOneSided() <= bound ? Verdict.CONFIRMED : Verdict.INCONCLUSIVE;
        Verdict verdict;
        String note;
        if (exact.isPresent() && !exact.get().librariesAgree()) {
            verdict = Verdict.SELF_CHECK_FAILED;
            note = "Hipparchus and Commons Statistics disagree: relative difference "
                    + exact.get().relativeDisagreement();
        } else if (exact.isPresent() && sim != null && !sim.interval().contains(exact.get().value())) {
            verdict = Verdict.SELF_CHECK_FAILED;
            note = "exact " + exact.get().value() + " outside the simulation interval [" + sim.interval().lower()
                    + ", " + sim.interval().upper() + "]";
        } else if (!applicable) {
            verdict = Verdict.NOT_APPLICABLE;
            note = "hypothesis fails: " + firstFailing(hyps);
        } else if (!(bound < 1)) {
            verdict = Verdict.VACUOUS;
            note = "stated bound " + bound + " >= 1";
        } else if (exact.isPresent()) {
            double p = exact.get().value();
            verdict = p <= bound ? Verdict.EXACT_HOLDS : Verdict.EXACT_VIOLATED;
            note = exact.get().formula() + " = " + p + (p <= bound ? " <= " : " > ") + claim.boundFormula()
                    + " = " + bound;
        } else {
            verdict = simVerdict;
            note = "one-sided upper bound " + sim.upperOneSided()
                    + (verdict == Verdict.CONFIRMED ? " <= " : " > ") + "stated bound " + bound;
        }
        return new ClaimResult(claim.id(), claim.variant(), claim.source().paper(), claim.source().label(),
                gridPoint, point.values(), hyps, claim.failureEventText(), claim.boundFormula(), bound,
                exact.orElse(null), sim, verdict, simVerdict, note, settings.seed());
    }

    private static boolean shouldSimulate(Optional<ExactProbability> exact, CheckSettings settings) {
        if (exact.isEmpty() || settings.simulation() == CheckSettings.SimulationPolicy.ALWAYS) {
            return true;
        }
        return exact.get().value() * settings.trials() >= CheckSettings.MIN_EXPECTED_FAILURES;
    }

    private static Simulation simulate(ProbabilisticClaim claim, ParameterPoint point, int gridPoint,
                                       CheckSettings settings, double bound, double selfCheckAlpha) {
        TrialStreams streams = new TrialStreams(settings.seed(), claim.key(), gridPoint);
        BernoulliCount c = MonteCarlo.count(() -> claim.newFailureEvent(point), streams, settings.trials(),
                settings.threads());
        long k = c.failures();
        long n = c.trials();
        Interval two = ClopperPearson.twoSided(k, n, 1 - selfCheckAlpha);
        double confidence = 1 - settings.alpha();
        return new Simulation(k, n, c.estimate(), two, ClopperPearson.upper(k, n, confidence),
                ClopperPearson.lower(k, n, confidence), Holm.exceedancePValue(k, n, Math.min(bound, 1)),
                c.seconds(), n / Math.max(c.seconds(), 1e-9));
    }

    private static String firstFailing(List<HypothesisResult> hyps) {
        return hyps.stream().filter(h -> !h.holds()).map(h -> h.id() + " " + h.text()).findFirst().orElse("");
    }
}
