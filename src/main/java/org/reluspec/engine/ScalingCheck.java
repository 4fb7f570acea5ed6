package org.reluspec.engine;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.reluspec.harness.TrialStreams;
import org.reluspec.stats.PowerLawFit;

/**
 * Checks a {@link ScalingClaim}: least-squares slope of {@code ln value} on {@code ln size} over every draw, with its
 * two-sided Student-t confidence interval at {@code 1 - alpha / K} ({@code K} the points of the run, Bonferroni, so
 * the run's order verdicts are wrong with probability at most alpha under the regression model).
 */
public final class ScalingCheck {

    private ScalingCheck() {
    }

    /**
     * @param claim the claim
     * @param point a validated point
     * @param gridPoint its index
     * @param seed master seed
     * @param intervalAlpha the interval's error rate (the run's alpha over its number of points)
     * @return {@code ORDER_CONSISTENT}, {@code ORDER_INCONSISTENT}, or {@code NOT_APPLICABLE}
     */
    public static ClaimResult check(ScalingClaim claim, ParameterPoint point, int gridPoint, long seed,
                                    double intervalAlpha) {
        List<HypothesisResult> hyps = claim.hypotheses(point);
        ScalingClaim.Order order = claim.order(point);
        ScalingClaim.Sweep sweep = claim.measure(point, new TrialStreams(seed, claim.key(), gridPoint));
        TreeMap<Double, double[]> bySize = new TreeMap<>();
        for (int i = 0; i < sweep.sizes().length; i++) {
            double v = sweep.values()[i];
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                throw new IllegalStateException(claim.key() + ": measured " + order.quantity() + " = " + v
                        + " at " + order.size() + " = " + sweep.sizes()[i] + " is not positive and finite");
            }
            bySize.merge(sweep.sizes()[i], new double[] {Math.log(v), 1}, (p, q) -> new double[] {p[0] + q[0],
                p[1] + q[1]});
        }
        PowerLawFit fit = PowerLawFit.of(sweep.sizes(), sweep.values(), intervalAlpha);
        double slope = fit.exponent();
        double lo = fit.lower();
        double hi = fit.upper();
        double e = order.exponent();
        boolean inconsistent = switch (order.relation()) {
            case AT_MOST, BELOW -> lo > e;
            case AT_LEAST -> hi < e;
            case EXACTLY -> lo > e || hi < e;
        };
        boolean applicable = HypothesisResult.printedHold(hyps);
        Verdict verdict = !applicable ? Verdict.NOT_APPLICABLE
                : inconsistent ? Verdict.ORDER_INCONSISTENT : Verdict.ORDER_CONSISTENT;
        StringBuilder means = new StringBuilder();
        bySize.forEach((size, acc) -> means.append(means.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                "%s=%.4g: %.4g", order.size(), size, Math.exp(acc[0] / acc[1]))));
        String interval = String.format(Locale.ROOT, "[%.4f, %.4f]", lo, hi);
        String detail = String.format(Locale.ROOT, "%s; exponent %.4f, %.4g%% interval %s over %d draws; geometric "
                + "means %s", sweep.measurement(), slope, 100 * (1 - intervalAlpha), interval,
                sweep.sizes().length, means);
        String caveat = "";
        if (!inconsistent && claim.measuresSearchExtremum()) {
            caveat = "; measured the best a search found: consistent for what the search found";
        } else if (!inconsistent && order.relation() == ScalingClaim.Relation.BELOW && hi >= e) {
            caveat = "; the interval reaches " + e + ", which o() needs a log factor to tell apart";
        }
        DeterministicOutcome outcome = new DeterministicOutcome(!inconsistent, slope, e,
                "exponent of " + order.text(), detail + caveat);
        String note = (applicable ? "" : "hypothesis fails (measured as information); ") + "measured exponent "
                + String.format(Locale.ROOT, "%.4f", slope) + " in " + interval + (inconsistent ? " contradicts "
                : " is consistent with ") + order.text() + caveat;
        return new ClaimResult(claim.id(), claim.variant(), claim.source().paper(), claim.source().label(),
                gridPoint, point.values(), hyps, new Conclusion.Order("exponent of " + order.text(), outcome), verdict,
                note, seed);
    }
}
