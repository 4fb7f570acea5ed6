package org.reluspec.engine;

import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.reluspec.harness.MonteCarlo;
import org.reluspec.harness.TrialStreams;
import org.reluspec.harness.WeightedEvent;
import org.reluspec.harness.WeightedMean;
import org.reluspec.stats.ClopperPearson;
import org.reluspec.stats.ExactProbability;
import org.reluspec.stats.Holm;
import org.reluspec.stats.Interval;

/**
 * Checks a {@link ProbabilisticClaim} at one parameter point.
 *
 * <p>Order of the verdict, first match wins:
 * <ol>
 *   <li>{@code SELF_CHECK_FAILED}: the two libraries disagree beyond 1e-10 relative; or the exact value lies outside
 *       the simulation's two-sided interval at {@code 1 - selfCheckAlpha} (for an upper bound: the interval lies
 *       wholly above it); or the importance-sampling estimate is more than {@code z_{1 - selfCheckAlpha/2}}
 *       standard errors from the exact value;</li>
 *   <li>{@code NOT_APPLICABLE}: a hypothesis fails (the conclusion is still measured and reported);</li>
 *   <li>{@code VACUOUS}: the stated bound is {@code >= 1};</li>
 *   <li>{@code EXACT_HOLDS} / {@code EXACT_VIOLATED}: exact value vs bound ({@code EXACT_HOLDS} also when a rigorous
 *       upper bound is at most the stated bound);</li>
 *   <li>Monte Carlo: {@code CONFIRMED} when the one-sided upper bound at {@code 1 - alpha} is at most the stated
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
     * @param selfCheckAlpha error rate of this point's self-checks
     * @return the result, before run-level Holm correction
     */
    public static ClaimResult check(ProbabilisticClaim claim, ParameterPoint point, int gridPoint,
                                    CheckSettings settings, double selfCheckAlpha) {
        return check(claim, point, gridPoint, settings, selfCheckAlpha, null);
    }

    /** Failures among trials {@code from, ..., to - 1} of a point's simulation, counted elsewhere. */
    public interface Counted {
        /**
         * @param from first trial
         * @param to one past the last
         * @return the failures among them
         */
        long failures(long from, long to);

        /** @return the seconds the counting took where it ran (summed over its parts) */
        double seconds();
    }

    /**
     * As {@link #check(ProbabilisticClaim, ParameterPoint, int, CheckSettings, double)}, with the simulation's
     * failure counts taken from {@code counted} (trial ranges computed as separate units of a run) when it is given.
     *
     * @param claim the claim
     * @param point the point
     * @param gridPoint the point's index (names its random streams)
     * @param settings the run's settings
     * @param selfCheckAlpha error rate of this point's self-checks
     * @param counted where the counts come from, or {@code null} to count here
     * @return the result, before run-level Holm correction
     */
    public static ClaimResult check(ProbabilisticClaim claim, ParameterPoint point, int gridPoint,
                                    CheckSettings settings, double selfCheckAlpha, Counted counted) {
        List<HypothesisResult> hyps = claim.hypotheses(point);
        boolean applicable = HypothesisResult.printedHold(hyps);
        double bound = claim.statedBound(point);
        Optional<ExactProbability> exact = claim.exactFailure(point);
        long trials = settings.trialsFor(claim.costPerTrial(point));
        Simulation sim = shouldSimulate(exact, bound, settings, trials)
                ? simulate(claim, point, gridPoint, settings, trials, bound, selfCheckAlpha, counted) : null;
        WeightedMean is = null;
        if (sim == null && exact.isPresent() && settings.importanceTrials() >= 2) {
            Optional<WeightedEvent> sampler = claim.importanceSampler(point);
            if (sampler.isPresent()) {
                TrialStreams streams = new TrialStreams(settings.seed(), claim.key() + "/IS", gridPoint);
                is = MonteCarlo.mean(() -> claim.importanceSampler(point).orElseThrow(), streams,
                        settings.importanceTrials(), settings.threads());
            }
        }
        Verdict simVerdict = sim == null ? null
                : sim.upperOneSided() <= bound && claim.eventKind() != ProbabilisticClaim.EventKind.LOWER_BOUND
                ? Verdict.CONFIRMED : Verdict.INCONCLUSIVE;
        String selfCheck = selfCheckFailure(exact, sim, is, selfCheckAlpha);
        Verdict verdict;
        String note;
        if (selfCheck != null) {
            verdict = Verdict.SELF_CHECK_FAILED;
            note = selfCheck;
        } else if (!applicable) {
            verdict = Verdict.NOT_APPLICABLE;
            note = "hypothesis fails: " + firstFailing(hyps);
        } else if (!(bound < 1)) {
            verdict = Verdict.VACUOUS;
            note = "stated bound " + claim.boundFormula() + " = " + bound + " >= 1";
        } else if (exact.isPresent() && exact.get().kind() == ExactProbability.Kind.EXACT) {
            double p = exact.get().value();
            verdict = p <= bound ? Verdict.EXACT_HOLDS : Verdict.EXACT_VIOLATED;
            note = exact.get().formula() + " = " + p + (p <= bound ? " <= " : " > ") + claim.boundFormula()
                    + " = " + bound;
        } else if (exact.isPresent() && exact.get().value() <= bound) {
            verdict = Verdict.EXACT_HOLDS;
            note = "rigorous upper bound " + exact.get().formula() + " = " + exact.get().value() + " <= "
                    + claim.boundFormula() + " = " + bound;
        } else {
            verdict = simVerdict;
            note = "one-sided upper bound " + sim.upperOneSided()
                    + (verdict == Verdict.CONFIRMED ? " <= " : " > ") + "stated bound " + bound
                    + (verdict == Verdict.INCONCLUSIVE ? "; smallest failure rate detectable with 90% power: "
                    + sim.minDetectableFailureRate() : "") + eventKindNote(claim.eventKind());
        }
        note += HypothesisResult.hiddenNote(hyps);
        return new ClaimResult(claim.id(), claim.variant(), claim.source().paper(), claim.source().label(),
                gridPoint, point.values(), hyps, new Conclusion.Probabilistic(claim.failureEventText(),
                claim.boundFormula(), bound, exact, Optional.ofNullable(sim), Optional.ofNullable(is),
                Optional.ofNullable(simVerdict)), verdict, note, settings.seed());
    }

    private static String eventKindNote(ProbabilisticClaim.EventKind kind) {
        return switch (kind) {
            case EXACT -> "";
            case LOWER_BOUND -> "; the event is a search's lower bound of the failure: it can refute, not confirm";
            case UPPER_BOUND -> "; the event is an upper bound of the failure (no certificate): it can confirm, not "
                    + "refute";
        };
    }

    private static String selfCheckFailure(Optional<ExactProbability> exact, Simulation sim, WeightedMean is,
                                           double selfCheckAlpha) {
        if (exact.isEmpty()) {
            return null;
        }
        ExactProbability e = exact.get();
        if (!e.librariesAgree()) {
            return "Hipparchus and Commons Statistics disagree on " + e.formula() + ": " + e.hipparchus() + " vs "
                    + e.commonsStatistics();
        }
        if (sim != null) {
            boolean consistent = e.kind() == ExactProbability.Kind.EXACT
                    ? sim.interval().contains(e.value()) : sim.interval().lower() <= e.value();
            if (!consistent) {
                return "exact " + e.value() + " inconsistent with the simulation interval [" + sim.interval().lower()
                        + ", " + sim.interval().upper() + "]";
            }
        }
        if (is != null && e.kind() == ExactProbability.Kind.EXACT) {
            double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(selfCheckAlpha / 2);
            if (!(Math.abs(is.estimate() - e.value()) <= z * is.standardError())) {
                return "importance sampling " + is.estimate() + " +- " + is.standardError() + " vs exact "
                        + e.value() + " (more than " + z + " standard errors)";
            }
        }
        return null;
    }

    /**
     * Whether to simulate. A point decided by its reference (an exact value, or a rigorous upper bound at most the
     * stated bound) needs the simulation only as a self-check, which is pointless when fewer than
     * {@link CheckSettings#MIN_EXPECTED_FAILURES} failures are expected; a rigorous upper bound above the stated bound
     * decides nothing, so the simulation is the verdict and always runs.
     */
    private static boolean shouldSimulate(Optional<ExactProbability> exact, double bound, CheckSettings settings,
                                          long trials) {
        if (exact.isEmpty() || settings.simulation() == CheckSettings.SimulationPolicy.ALWAYS) {
            return true;
        }
        if (!exact.get().decides(bound)) {
            return true;
        }
        return exact.get().value() * trials >= CheckSettings.MIN_EXPECTED_FAILURES;
    }

    /**
     * Fixed-size or sequential simulation. Sequential mode looks at 1000, 2000, 4000, ... trials up to the budget
     * and stops once the one-sided upper bound is at most the stated bound or the lower bound exceeds it; each of the
     * {@code L} possible looks uses {@code alpha / L} (Bonferroni over looks), and the Holm p-value is multiplied by
     * {@code L}, so optional stopping keeps every error rate. Trial indices continue across looks.
     */
    private static Simulation simulate(ProbabilisticClaim claim, ParameterPoint point, int gridPoint,
                                       CheckSettings settings, long trials, double bound, double selfCheckAlpha,
                                       Counted counted) {
        TrialStreams streams = new TrialStreams(settings.seed(), claim.key(), gridPoint);
        int looks = settings.looks(trials);
        double confidence = 1 - settings.alpha() / looks;
        double cappedBound = Math.min(bound, 1);
        long start = System.nanoTime();
        long done = 0;
        long k = 0;
        long next = settings.sequential() ? Math.min(trials, CheckSettings.FIRST_LOOK) : trials;
        while (true) {
            k += counted != null ? counted.failures(done, next) : MonteCarlo.count(() -> claim.newFailureEvent(point),
                    streams, done, next, settings.threads()).failures();
            done = next;
            double elapsed = (System.nanoTime() - start) * 1e-9;
            if (done >= trials || ClopperPearson.upper(k, done, confidence) <= cappedBound
                    || ClopperPearson.lower(k, done, confidence) > cappedBound
                    || (settings.secondsPerPoint() > 0 && elapsed > settings.secondsPerPoint())) {
                break;
            }
            next = Math.min(trials, 2 * done);
        }
        double seconds = counted != null ? counted.seconds() : (System.nanoTime() - start) * 1e-9;
        Interval two = ClopperPearson.twoSided(k, done, 1 - selfCheckAlpha / looks);
        return new Simulation(k, done, (double) k / done, two, ClopperPearson.upper(k, done, confidence),
                ClopperPearson.lower(k, done, confidence),
                claim.eventKind() == ProbabilisticClaim.EventKind.UPPER_BOUND ? 1
                        : Math.min(1, looks * Holm.exceedancePValue(k, done, cappedBound)),
                PowerAnalysis.minDetectableFailureRate(done, cappedBound, 1 - confidence, 0.9), looks,
                seconds, done / Math.max(seconds, 1e-9));
    }

    /**
     * @param claim the claim
     * @param point the point
     * @param settings the run's settings
     * @return the trials of the point's simulation when it runs them in one go (a fixed count), else 0 (no
     *         simulation, or a sequential one whose looks depend on the counts)
     */
    public static long fixedSimulationTrials(ProbabilisticClaim claim, ParameterPoint point, CheckSettings settings) {
        long trials = settings.trialsFor(claim.costPerTrial(point));
        return !settings.sequential() && shouldSimulate(claim.exactFailure(point), claim.statedBound(point), settings,
                trials) ? trials : 0;
    }

    /**
     * @param claim the claim
     * @param point the point
     * @param gridPoint the point's index (names its random streams)
     * @param settings the run's settings
     * @param from first trial
     * @param to one past the last
     * @return the failures among trials {@code from, ..., to - 1} of the point's simulation
     */
    public static long failures(ProbabilisticClaim claim, ParameterPoint point, int gridPoint, CheckSettings settings,
                                long from, long to) {
        return MonteCarlo.count(() -> claim.newFailureEvent(point), new TrialStreams(settings.seed(), claim.key(),
                gridPoint), from, to, settings.threads()).failures();
    }

    private static String firstFailing(List<HypothesisResult> hyps) {
        return hyps.stream().filter(h -> !h.holds() && h.printed()).map(h -> h.id() + " " + h.text()).findFirst()
                .orElse("");
    }
}
