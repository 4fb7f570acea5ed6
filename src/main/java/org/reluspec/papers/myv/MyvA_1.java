package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.data.Dataset;
import org.reluspec.data.SubspaceData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.train.LogisticGd;
import org.reluspec.train.MyvNetwork;

/**
 * MYV Theorem A.1 (rotation invariance; F000 App. A, F001 L440-L480), in its pathwise form (catalogue A.1-3): train
 * {@code N^X} on {@code X} (in a Haar-random {@code P}) from {@code w(0)}, and {@code N^{X_R}} on {@code RX} from
 * {@code R w(0)} with the same {@code u} and the same mini-batch order, {@code R = Q^T} mapping {@code P} onto
 * {@code M}. Then at every step {@code w~_i(t) = R w_i(t)}; at the end the projected input gradients have equal norms
 * at {@code x0} and {@code R x0}, and a perturbation {@code z} in {@code P-perp} flips {@code N^X} at {@code x0} exactly
 * when {@code Rz} flips {@code N^{X_R}} at {@code R x0}.
 *
 * <p>"Up to floating point": the two runs round differently, so the check uses the stated tolerance
 * {@value #TOLERANCE} on {@code ||w~_i(t) - R w_i(t)|| / max(1, ||w_i(t)||)} at every step and on the relative
 * difference of the gradient norms. A pre-activation within {@value #TIE} of 0 is a numerical tie: the ReLU pattern can
 * legitimately differ between the runs, so the instance is reported as undecided from that step on, not as a
 * counterexample. Flip outcomes are compared for 8 radii and 2 directions per instance, skipping outputs within
 * {@value #TIE} of 0.
 */
public final class MyvA_1 implements DeterministicClaim {

    /** Stated floating-point tolerance of the coupling, relative to {@code max(1, ||w_i||)}. */
    static final double TOLERANCE = 1e-9;

    /** Pre-activations and outputs closer to 0 than this are numerical ties. */
    static final double TIE = 1e-10;

    static final int INSTANCES = 3;

    @Override
    public Theorem theorem() {
        return MyvTheorems.A_1;
    }

    @Override
    public String variant() {
        return "pathwise";
    }

    @Override
    public List<String> settingParameters() {
        return List.of("d", "ell");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("d", 2, 1 << 12, "input dimension"),
                ParameterSpec.integer("ell", 1, 1 << 12, "codimension of P"),
                ParameterSpec.integer("m", 1, 1 << 10, "width"),
                ParameterSpec.integer("r", 1, 1 << 10, "training examples"),
                ParameterSpec.positiveReal("eta", "learning rate"),
                ParameterSpec.integer("T", 0, 1 << 16, "steps"),
                ParameterSpec.integer("batch", 0, 1 << 10, "SGD batch size (0: full-batch GD)"));
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.get("d") > point.get("ell"), "d > ell", "d", "ell");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        double[][] rows = {{2, 1, 1, 2, 0.1, 50, 0}, {10, 4, 8, 10, 0.5, 200, 0}, {30, 10, 16, 20, 1, 200, 5},
            {50, 49, 4, 5, 0.2, 100, 1}, {100, 50, 20, 30, 0.5, 300, 0}};
        String[] names = {"d", "ell", "m", "r", "eta", "T", "batch"};
        return ParameterPoint.grid(this, names, rows);
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(
                HypothesisResult.byConstruction("H1", "X in P, R orthogonal with R P = M (Haar frame)"),
                HypothesisResult.byConstruction("H2", "same algorithm, hyperparameters, steps and batch order; "
                        + "inits w(0) and R w(0) with the same u"),
                HypothesisResult.byConstruction("H3", "rotation-invariant init law N(0, (1/d) I)"));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        double worst = 0;
        int undecided = 0;
        int flipMismatches = 0;
        for (int n = 0; n < INSTANCES; n++) {
            UniformRandomProvider rng = instances.forTrial(n);
            MyvInstance inst = MyvInstance.draw(point, false, SubspaceData.Labels.TEACHER,
                    1 / Math.sqrt(point.get("d")), rng);
            long batchSeed = rng.nextLong();
            double[] x0 = SubspaceData.testPoint(inst.p(), rng);
            DataSubspace p = inst.p();
            Dataset rotated = new Dataset(p.rotate(inst.data().x()), inst.data().y(), p.d());
            MyvNetwork a = inst.net();
            MyvNetwork b = new MyvNetwork(p.d(), a.m(), p.rotate(a.w()), a.u().clone());
            Coupling coupling = new Coupling(p);
            LogisticGd gd = new LogisticGd(point.get("eta"), 0, point.getInt("T"), Double.POSITIVE_INFINITY,
                    point.getInt("batch"));
            // Run A first, recording R w(t) at every step; then run B and compare step by step.
            List<double[]> path = new ArrayList<>();
            List<Boolean> ties = new ArrayList<>();
            gd.train(a, inst.data(), org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(batchSeed),
                    (t, net) -> {
                        path.add(p.rotate(net.w()));
                        ties.add(hasTie(net, inst.data()));
                    });
            double[] stepWorst = {0};
            int[] firstTie = {Integer.MAX_VALUE};
            gd.train(b, rotated, org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(batchSeed),
                    (t, net) -> {
                        if (t - 1 >= firstTie[0]) {
                            return;
                        }
                        if (ties.get(t - 1) || hasTie(net, rotated)) {
                            firstTie[0] = t - 1;
                            return;
                        }
                        stepWorst[0] = Math.max(stepWorst[0], coupling.distance(path.get(t - 1), net.w(), a.m()));
                    });
            if (firstTie[0] != Integer.MAX_VALUE) {
                undecided++;
                worst = Math.max(worst, stepWorst[0]);
                continue;
            }
            double[] rx0 = p.rotate(x0);
            double gA = projectedGradientNorm(a, x0, p, false);
            double gB = projectedGradientNorm(b, rx0, p, true);
            worst = Math.max(worst, Math.max(stepWorst[0], Math.abs(gA - gB) / Math.max(1e-300, Math.max(gA, gB))));
            flipMismatches += coupling.flipMismatches(a, b, x0, rx0, rng);
        }
        boolean holds = worst <= TOLERANCE && flipMismatches == 0;
        return new DeterministicOutcome(holds, worst, TOLERANCE,
                "max relative coupling error (weights every step, gradient norms) <= tolerance",
                flipMismatches + " flip outcomes differ; " + undecided + " of " + INSTANCES
                        + " instances undecided by a numerical tie");
    }

    private static boolean hasTie(MyvNetwork net, Dataset data) {
        for (int j = 0; j < data.size(); j++) {
            for (int i = 0; i < net.m(); i++) {
                if (Math.abs(net.preActivation(i, data.x(), j * net.d())) < TIE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code ||Pi_{P-perp} dN(x)/dx||}, or {@code ||Pi_{M-perp} ...||} (last ell coordinates) in the rotated frame. */
    private static double projectedGradientNorm(MyvNetwork net, double[] x, DataSubspace p, boolean rotatedFrame) {
        double[] g = new double[net.d()];
        net.inputGradient(x, g);
        if (!rotatedFrame) {
            return p.perpNorm(g);
        }
        double s = 0;
        for (int k = p.d() - p.ell(); k < p.d(); k++) {
            s += g[k] * g[k];
        }
        return Math.sqrt(s);
    }

    /** Distances and flip comparisons between a run and its rotated twin. */
    private record Coupling(DataSubspace p) {

        double distance(double[] rotatedA, double[] wB, int m) {
            int d = p.d();
            double worst = 0;
            for (int i = 0; i < m; i++) {
                double diff = 0;
                double norm = 0;
                for (int k = 0; k < d; k++) {
                    double e = wB[i * d + k] - rotatedA[i * d + k];
                    diff += e * e;
                    norm += rotatedA[i * d + k] * rotatedA[i * d + k];
                }
                worst = Math.max(worst, Math.sqrt(diff) / Math.max(1, Math.sqrt(norm)));
            }
            return worst;
        }

        /** Draws 2 directions in P-perp (ell normals each); compares sign flips at radii 2^-3 .. 2^4. */
        int flipMismatches(MyvNetwork a, MyvNetwork b, double[] x0, double[] rx0, UniformRandomProvider rng) {
            org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian g =
                    org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
            int d = p.d();
            double[] coords = new double[p.ell()];
            double[] z = new double[d];
            double[] xa = new double[d];
            double fa0 = a.output(x0, 0);
            double fb0 = b.output(rx0, 0);
            int mismatches = 0;
            for (int dir = 0; dir < 2; dir++) {
                for (int c = 0; c < coords.length; c++) {
                    coords[c] = g.sample();
                }
                p.fromPerpCoordinates(coords, z);
                double[] rz = p.rotate(z);
                for (int s = -3; s <= 4; s++) {
                    double radius = Math.scalb(1.0, s);
                    double[] xb = new double[d];
                    for (int k = 0; k < d; k++) {
                        xa[k] = x0[k] + radius * z[k];
                        xb[k] = rx0[k] + radius * rz[k];
                    }
                    double fa = a.output(xa, 0);
                    double fb = b.output(xb, 0);
                    if (Math.min(Math.min(Math.abs(fa), Math.abs(fb)), Math.min(Math.abs(fa0), Math.abs(fb0))) < TIE) {
                        continue;
                    }
                    boolean flipA = Math.signum(fa) != Math.signum(fa0);
                    boolean flipB = Math.signum(fb) != Math.signum(fb0);
                    if (flipA != flipB) {
                        mismatches++;
                    }
                }
            }
            return mismatches;
        }
    }
}
