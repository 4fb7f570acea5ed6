package org.reluspec.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.harness.TrialStreams;

/**
 * An explicit arithmetic step of a printed statement or proof (catalogue section 8), checked as a claim of its own
 * over the whole range where the text uses it: every candidate of an exhaustive list of small and boundary cases plus
 * {@code search} seeded random candidates (log-uniform where the range is unbounded) is evaluated, and the smallest
 * failing candidate is reported. For one-dimensional failures the boundary is then located by bisection between the
 * last passing and the first failing value ("shrinking" to the smallest counterexample). A step holds when
 * {@code margin(v) >= -tolerance(v)} for every candidate: the margin is {@code rhs - lhs} of the printed inequality,
 * or the negated relative error of a printed equality, so tolerances are the rounding of the evaluation only.
 */
public abstract class ProofStep implements DeterministicClaim {

    private final Theorem theorem;
    private final String printed;
    private final String range;

    /**
     * @param id catalogue id, e.g. {@code MYV-S3}
     * @param paper paper prefix
     * @param location where the step is printed
     * @param statement the step as printed (ASCII)
     * @param range the range where the text uses it
     */
    protected ProofStep(String id, String paper, String location, String statement, String range) {
        this.theorem = Theorem.of(id, new Source(paper, "proof step", location), statement + "  [range: " + range
                + "]");
        this.printed = statement;
        this.range = range;
    }

    /** @return the names of the step's variables, in candidate order */
    protected abstract String[] names();

    /**
     * @param rng the stream of the random candidates
     * @param random how many random candidates to add
     * @return candidates, each a value per name, every one inside the range
     */
    protected abstract List<double[]> candidates(UniformRandomProvider rng, int random);

    /**
     * @param v a candidate
     * @return {@code rhs - lhs} (or minus the relative error of an equality): non-negative when the step holds
     */
    protected abstract double margin(double[] v);

    /**
     * @param v a candidate
     * @return the rounding allowance of the evaluation at {@code v}
     */
    protected double tolerance(double[] v) {
        return 1e-12;
    }

    /** @return the step as a statement of its own: its variables range over the candidates, not parameters */
    @Override
    public final Theorem theorem() {
        return theorem;
    }

    @Override
    public final String variant() {
        return "as-printed";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("search", 0, 1 << 22, "random candidates beyond the exhaustive ones"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "search", 20000));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "every candidate lies in the range where the text uses "
                + "the step: " + range));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        List<double[]> cands = new ArrayList<>(candidates(instances.forTrial(0), point.getInt("search")));
        cands.sort(Comparator.<double[]>comparingDouble(v -> v[0]).thenComparing(v -> v.length > 1 ? v[1] : 0));
        int failures = 0;
        double[] first = null;
        double[] lastPass = null;
        double worst = Double.POSITIVE_INFINITY;
        for (double[] v : cands) {
            double m = margin(v);
            boolean ok = m >= -tolerance(v);
            worst = Math.min(worst, m);
            if (!ok) {
                failures++;
                if (first == null) {
                    first = v;
                }
            } else if (first == null) {
                lastPass = v;
            }
        }
        String detail;
        if (first == null) {
            detail = cands.size() + " candidates, none fails; smallest margin " + fmt(worst);
        } else {
            detail = failures + " of " + cands.size() + " candidates fail; smallest counterexample " + show(first)
                    + " (margin " + fmt(margin(first)) + ")" + boundary(lastPass, first);
        }
        return new DeterministicOutcome(first == null, failures, 0, "failing candidates of: " + printed, detail);
    }

    /** Bisects the first coordinate between a passing and a failing candidate that differ only there. */
    private String boundary(double[] pass, double[] fail) {
        if (pass == null || fail.length != pass.length) {
            return "";
        }
        for (int i = 1; i < fail.length; i++) {
            if (pass[i] != fail[i]) {
                return "";
            }
        }
        double lo = pass[0];
        double hi = fail[0];
        for (int k = 0; k < 200 && lo < hi && Math.nextUp(lo) < hi; k++) {
            double mid = 0.5 * (lo + hi);
            double[] v = fail.clone();
            v[0] = mid;
            if (margin(v) >= -tolerance(v)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return "; between the passing " + names()[0] + " = " + fmt(pass[0]) + " and the failing " + fmt(fail[0])
                + " the step first fails at " + names()[0] + " = " + fmt(hi);
    }

    private String show(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names()[i]).append(" = ").append(fmt(v[i]));
        }
        return sb.toString();
    }

    public static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** @return {@code 1, 2, ..., n} then log-spaced to {@code max}, then {@code random} log-uniform values */
    public static List<Double> integersThenLog(int n, double max, UniformRandomProvider rng, int random) {
        List<Double> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            out.add((double) k);
        }
        for (double x = n; x <= max; x *= 1.37) {
            out.add(Math.floor(x));
        }
        for (int k = 0; k < random; k++) {
            out.add(Math.floor(Math.exp(Math.log(n) + rng.nextDouble() * Math.log(max / n))));
        }
        return out;
    }

    /**
     * @param relativeError {@code |lhs - rhs| / max(|lhs|, |rhs|)} of a printed equality
     * @return the margin of an equality: minus the relative error
     */
    public static double equality(double lhs, double rhs) {
        double scale = Math.max(Math.abs(lhs), Math.abs(rhs));
        return scale == 0 ? 0 : -Math.abs(lhs - rhs) / scale;
    }
}
