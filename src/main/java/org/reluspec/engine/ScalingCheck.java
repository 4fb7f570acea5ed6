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
     * A sweep measured and fitted.
     *
     * @param order the claimed order
     * @param fit the fitted exponent with its interval
     * @param detail the measurement, the fit and the geometric means per size, in words
     */
    public record Measured(ScalingClaim.Order order, PowerLawFit fit, String detail) {

        /** @return whether the interval contradicts the claimed order */
        public boolean inconsistent() {
            double e = order.exponent();
            return switch (order.relation()) {
                case AT_MOST, BELOW -> fit.lower() > e;
                case AT_LEAST -> fit.upper() < e;
                case EXACTLY -> fit.lower() > e || fit.upper() < e;
            };
        }

        /**
         * @return the distance by which the interval misses the claimed exponent on the side the order forbids:
         *         positive exactly when {@link #inconsistent()}
         */
        public double margin() {
            double e = order.exponent();
            return switch (order.relation()) {
                case AT_MOST, BELOW -> fit.lower() - e;
                case AT_LEAST -> e - fit.upper();
                case EXACTLY -> Math.max(fit.lower() - e, e - fit.upper());
            };
        }

        /** @return the p-value of the claimed order under the regression model (one-sided; two-sided for Theta) */
        public double pValue() {
            double e = order.exponent();
            return switch (order.relation()) {
                case AT_MOST, BELOW -> fit.pValueAbove(e);
                case AT_LEAST -> fit.pValueBelow(e);
                case EXACTLY -> Math.min(1, 2 * Math.min(fit.pValueAbove(e), fit.pValueBelow(e)));
            };
        }
    }

    /**
     * @param claim the claim
     * @param point a validated point (it fixes the sweep)
     * @param streams the sweep's streams
     * @param intervalAlpha the interval's error rate
     * @return the sweep, fitted
     */
    public static Measured measure(ScalingClaim claim, ParameterPoint point, TrialStreams streams,
                                   double intervalAlpha) {
        ScalingClaim.Order order = claim.order(point);
        ScalingClaim.Sweep sweep = claim.measure(point, streams);
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
        StringBuilder means = new StringBuilder();
        bySize.forEach((size, acc) -> means.append(means.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                "%s=%.4g: %.4g", order.size(), size, Math.exp(acc[0] / acc[1]))));
        String detail = String.format(Locale.ROOT, "%s; exponent %.4f, %.4g%% interval [%.4f, %.4f] over %d draws; "
                + "geometric means %s", sweep.measurement(), fit.exponent(), 100 * (1 - intervalAlpha), fit.lower(),
                fit.upper(), sweep.sizes().length, means);
        return new Measured(order, fit, detail);
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
        Measured m = measure(claim, point, new TrialStreams(seed, claim.key(), gridPoint), intervalAlpha);
        ScalingClaim.Order order = m.order();
        double e = order.exponent();
        boolean inconsistent = m.inconsistent();
        boolean applicable = HypothesisResult.printedHold(hyps);
        Verdict verdict = !applicable ? Verdict.NOT_APPLICABLE
                : inconsistent ? Verdict.ORDER_INCONSISTENT : Verdict.ORDER_CONSISTENT;
        String interval = String.format(Locale.ROOT, "[%.4f, %.4f]", m.fit().lower(), m.fit().upper());
        String caveat = "";
        if (!inconsistent && claim.measuresSearchExtremum()) {
            caveat = "; measured the best a search found: consistent for what the search found";
        } else if (!inconsistent && order.relation() == ScalingClaim.Relation.BELOW && m.fit().upper() >= e) {
            caveat = "; the interval reaches " + e + ", which o() needs a log factor to tell apart";
        }
        DeterministicOutcome outcome = new DeterministicOutcome(!inconsistent, m.fit().exponent(), e,
                "exponent of " + order.text(), m.detail() + caveat);
        String note = (applicable ? "" : "hypothesis fails (measured as information); ") + "measured exponent "
                + String.format(Locale.ROOT, "%.4f", m.fit().exponent()) + " in " + interval
                + (inconsistent ? " contradicts " : " is consistent with ") + order.text() + caveat;
        return new ClaimResult(claim.id(), claim.variant(), claim.source().paper(), claim.source().label(),
                gridPoint, point.values(), hyps, new Conclusion.Order("exponent of " + order.text(), outcome), verdict,
                note, seed);
    }
}
