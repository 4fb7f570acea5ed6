package org.reluspec.papers.vys;

import java.util.List;
import java.util.Locale;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kernel.Vectors;
import org.reluspec.kkt.KktVerifier;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.HomogeneousGd;

/**
 * VYS Theorem 2.1 (implicit bias, cited from Lyu-Li and Ji-Telgarsky) as printed, tracked on section 6's training
 * runs ({@link VysTrained}, the same networks as {@link VysKkt}'s {@code trained-paper-schedule}): once
 * {@code L(theta(t0)) < 1}, {@code L -> 0}, {@code ||theta|| -> infinity} and {@code theta/||theta||} converges to
 * the direction of a KKT point of Problem (2). A limit cannot be checked at finite {@code t}; what is checked, over the
 * checkpoints (every 1000 steps) after {@code t0}: the loss decreases, the norm increases, and the relative KKT
 * residual of the normalized checkpoint ({@link KktVerifier}, margin set within 1.1 of the smallest margin) is lower at
 * the end than at {@code t0}. Reported too: the residual at the end, the normalized margin
 * {@code min_i y_i N(x_i)/||theta||^2} (nondecreasing for gradient flow after {@code t0} by Lyu and Li), and the
 * angle between the last two checkpoints' directions.
 */
public final class VysT2_1 implements DeterministicClaim {

    @Override
    public Theorem theorem() {
        return VysTheorems.T2_1;
    }

    @Override
    public String variant() {
        return "trained-paper-schedule";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parametersAnd(ParameterSpec.integer("trainSeed", 0, Integer.MAX_VALUE,
                "seed of the trained instances"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "d", 30, "m", 6, "k", 50, "trainSeed", 1),
                ParameterPoint.of(this, "d", 100, "m", 20, "k", 100, "trainSeed", 1));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        VysTrained.Instance inst = instance(point);
        double first = Double.NaN;
        for (HomogeneousGd.Checkpoint c : inst.run().checkpoints()) {
            if (c.logLoss() < 0) {
                first = c.step();
                break;
            }
        }
        return List.of(HypothesisResult.byConstruction("H1", "2-homogeneous ReLU network (biases, no output bias)"),
                HypothesisResult.byConstruction("H2", "exponential loss; gradient descent with section 6's schedule "
                        + "(a discretization of the theorem's gradient flow)"),
                new HypothesisResult("H3", "L(theta(t0)) < 1 at some checkpoint t0 (first: step " + first + ")",
                        !Double.isNaN(first), first, Double.NaN, Double.NaN));
    }

    private static VysTrained.Instance instance(ParameterPoint point) {
        return VysTrained.get(point.getInt("trainSeed"), "orthogonal", point.getInt("d"), point.getInt("m"),
                point.getInt("k"), 0);
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams streams) {
        VysTrained.Instance inst = instance(point);
        List<HomogeneousGd.Checkpoint> cps = inst.run().checkpoints();
        int start = 0;
        while (start < cps.size() && !(cps.get(start).logLoss() < 0)) {
            start++;
        }
        if (start >= cps.size() - 1) {
            return new DeterministicOutcome(false, Double.NaN, 0, "checkpoints after L < 1", "fewer than two");
        }
        int lossUps = 0;
        int normDowns = 0;
        int marginDowns = 0;
        for (int t = start + 1; t < cps.size(); t++) {
            lossUps += cps.get(t).logLoss() > cps.get(t - 1).logLoss() ? 1 : 0;
            normDowns += cps.get(t).norm() < cps.get(t - 1).norm() ? 1 : 0;
            marginDowns += cps.get(t).normalizedMargin() < cps.get(t - 1).normalizedMargin() ? 1 : 0;
        }
        double r0 = residual(cps.get(start), inst);
        double r1 = residual(cps.get(cps.size() - 1), inst);
        double[] a = cps.get(cps.size() - 2).theta();
        double[] b = cps.get(cps.size() - 1).theta();
        double cos = Vectors.dot(a, 0, b, 0, a.length) / Math.sqrt(Vectors.squaredNorm(a) * Vectors.squaredNorm(b));
        boolean holds = lossUps == 0 && normDowns == 0 && r1 < r0;
        return new DeterministicOutcome(holds, r1, r0, "relative KKT residual at the end < at t0 (and loss down, "
                + "norm up at every checkpoint)", String.format(Locale.ROOT, "t0 = step %d, end = step %d; residual "
                + "%.4g -> %.4g; normalized margin %.4g -> %.4g (%d decreases); loss increases %d, norm decreases %d; "
                + "cos(last two directions) = %.8f", cps.get(start).step(), cps.get(cps.size() - 1).step(), r0, r1,
                cps.get(start).normalizedMargin(), cps.get(cps.size() - 1).normalizedMargin(), marginDowns, lossUps,
                normDowns, cos));
    }

    private static double residual(HomogeneousGd.Checkpoint c, VysTrained.Instance inst) {
        int d = inst.data().d();
        double[] theta = c.theta();
        int k = theta.length / (d + 2);
        double[] w = java.util.Arrays.copyOfRange(theta, 0, k * d);
        double[] b = java.util.Arrays.copyOfRange(theta, k * d, k * d + k);
        double[] v = java.util.Arrays.copyOfRange(theta, k * d + k, k * d + 2 * k);
        return KktVerifier.verify(BiasedNetwork.of(w, b, v, 0), inst.data(), new KktVerifier.Settings(0.1, 1e-9, 1e-3))
                .relativeResidual();
    }
}
