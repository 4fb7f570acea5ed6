package org.reluspec.papers.myv;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kernel.Vectors;
import org.reluspec.train.MyvNetwork;

/**
 * The deterministic steps of the proof of MYV Theorem 5.1 (F001 L545-L577, written for {@code y0 = +1}), checked on
 * {@value #INSTANCES} random instances per grid point. An instance draws {@code u}, {@code w_i ~ N(0, (1/d) I_d)}
 * (the {@code M}-parts may be arbitrary: the proof conditions on them) and test points {@code x0} in {@code M} until
 * {@code N(x0) > 0} and {@code k_- >= 1}. With {@code L = ln(m^2 d)} and
 * {@code C = alpha ell/(2d) - (alpha/d) sqrt(2 ell (m-1) L)}, on the events of the proof:
 * <ol>
 *   <li>EQ(2): {@code N(x0+z) = sum_i u_i relu(<w_i,x0> + <w_bar_i, z_bar>)} (always; compared within the rounding
 *       bound {@code 2 g_d sum_i |u_i| sum_k |w_ik| |(x0+z)_k|});</li>
 *   <li>on E1 and E2: {@code <w_bar_i, z_bar> >= C} for {@code i in I_-} and {@code <= -C} for {@code i in I_+};</li>
 *   <li>EQ(4), on E1 and E2 with {@code C >= 0} (i.e. {@code ell >= 8 (m-1) L}):
 *       {@code N(x0+z) <= N(x0) - k_- C / sqrt(m)};</li>
 *   <li>when {@code ell >= 32 (m-1) L}: {@code C >= alpha ell/(4d)} and, on E1 and E2, {@code N(x0+z) <= -N(x0)};</li>
 *   <li>on E3: {@code ||z|| <= 8 sqrt(2) N(x0) (m/k_-) sqrt(d/ell)}.</li>
 * </ol>
 * Inequalities between computed reals get a relative slack of {@value #SLACK} for rounding. The outcome counts the
 * instances on which some step fails while its premises hold; it says how often each premise held, so a point where
 * the events never occur is visibly uninformative.
 */
public final class MyvT5_1Chain implements DeterministicClaim {

    static final int INSTANCES = 2000;
    static final double SLACK = 1e-9;

    @Override
    public Theorem theorem() {
        return MyvTheorems.T5_1;
    }

    @Override
    public String variant() {
        return "proof-EQ2-EQ4";
    }

    @Override
    public Source source() {
        return new Source("MYV", "Theorem 5.1 proof", "F001 L545-L577");
    }

    @Override
    public String statement() {
        return "For y0 = +1: EQ(2) always; on E1 and E2, <w_bar_i,z_bar> >= C (I_-) and <= -C (I_+); EQ(4) "
                + "N(x0+z) <= N(x0) - k_- C/sqrt(m) when C >= 0; C >= alpha ell/(4d) and N(x0+z) <= -N(x0) when "
                + "ell >= 32(m-1)ln(m^2 d); on E3, ||z|| <= 8 sqrt(2) N(x0)(m/k_-) sqrt(d/ell).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("d", 2, 1 << 16, "input dimension"),
                ParameterSpec.integer("ell", 1, 1 << 16, "codimension of P"),
                ParameterSpec.integer("m", 2, 1 << 10, "width"));
    }

    @Override
    public void validateRelations(ParameterPoint point) {
        point.requireRelation(this, point.get("d") > point.get("ell"), "d > ell", "d", "ell");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "d", 2000, "ell", 1000, "m", 3),
                ParameterPoint.of(this, "d", 10000, "ell", 3979, "m", 10),
                ParameterPoint.of(this, "d", 100, "ell", 50, "m", 2),
                ParameterPoint.of(this, "d", 400, "ell", 64, "m", 10));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "data subspace M; w_bar_i iid N(0, (1/d) I_ell); "
                + "x0 in M with N(x0) > 0 and k_- >= 1"));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        int d = point.getInt("d");
        int ell = point.getInt("ell");
        int m = point.getInt("m");
        double logL = T5Construction.logM2d(m, d);
        double root = Math.sqrt(2.0 * ell * (m - 1) * logL);
        double crossBound = root / d;
        double gd = d * 0x1.0p-53 / (1 - d * 0x1.0p-53);
        int[] held = new int[3];   // E1&E2, C >= 0 with E1&E2, E3
        int failures = 0;
        String firstFailure = "";
        for (int n = 0; n < INSTANCES; n++) {
            UniformRandomProvider rng = instances.forTrial(n);
            MyvNetwork net = MyvNetwork.initialize(d, m, 1 / Math.sqrt(d), rng);
            T5Construction c = positivePoint(net, ell, rng);
            double[] w = net.w();
            double[] u = net.u();
            double alpha = c.alpha;
            double cc = alpha * ell / (2.0 * d) - alpha * root / d;
            boolean e1 = true;
            boolean e2 = true;
            double[] sum = new double[ell];
            for (int i = 0; i < m; i++) {
                for (int k = 0; k < ell; k++) {
                    sum[k] += Math.signum(u[i]) * w[i * d + d - ell + k];
                }
            }
            double[] wz = new double[m];
            for (int i = 0; i < m; i++) {
                double sq = 0;
                double cross = 0;
                double dotZ = 0;
                for (int k = 0; k < ell; k++) {
                    double wik = w[i * d + d - ell + k];
                    sq += wik * wik;
                    cross += wik * (sum[k] - Math.signum(u[i]) * wik);
                    dotZ += wik * c.z[d - ell + k];
                }
                wz[i] = dotZ;
                e1 &= sq >= ell / (2.0 * d);
                e2 &= Math.abs(cross) <= crossBound;
            }
            boolean e3 = Vectors.squaredNorm(sum) <= 2.0 * m * ell / d;
            double direct = c.perturbedOutput(net);
            double split = 0;
            double scale = 0;
            double[] x = c.x0.clone();
            for (int k = d - ell; k < d; k++) {
                x[k] += c.z[k];
            }
            for (int i = 0; i < m; i++) {
                split += u[i] * Math.max(0, net.preActivation(i, c.x0, 0) + wz[i]);
                double abs = 0;
                for (int k = 0; k < d; k++) {
                    abs += Math.abs(w[i * d + k] * x[k]);
                }
                scale += Math.abs(u[i]) * abs;
            }
            StringBuilder why = new StringBuilder();
            if (Math.abs(direct - split) > 2 * gd * scale + Double.MIN_NORMAL) {
                why.append("EQ(2) ");
            }
            if (e1 && e2) {
                held[0]++;
                for (int i = 0; i < m; i++) {
                    boolean ok = u[i] < 0 ? wz[i] >= cc - SLACK * Math.abs(cc) : wz[i] <= -cc + SLACK * Math.abs(cc);
                    if (!ok) {
                        why.append("<w_bar_i,z_bar> vs C (neuron ").append(i).append(") ");
                    }
                }
                if (cc >= 0) {
                    held[1]++;
                    double rhs = c.n0 - c.kMinus * cc / Math.sqrt(m);
                    if (direct > rhs + SLACK * (Math.abs(rhs) + c.n0)) {
                        why.append("EQ(4) ");
                    }
                }
                if (ell >= 32 * (m - 1) * logL && direct > -c.n0 + SLACK * c.n0) {
                    why.append("N(x0+z) <= -N(x0) ");
                }
            }
            if (ell >= 32 * (m - 1) * logL && cc < alpha * ell / (4.0 * d) * (1 - SLACK)) {
                why.append("C >= alpha ell/(4d) ");
            }
            if (e3) {
                held[2]++;
                if (c.zNorm > c.normBound(8 * Math.sqrt(2), false) * (1 + SLACK)) {
                    why.append("||z|| bound on E3 ");
                }
            }
            if (why.length() > 0) {
                failures++;
                if (firstFailure.isEmpty()) {
                    firstFailure = "; first failing instance " + n + ": " + why.toString().strip();
                }
            }
        }
        return new DeterministicOutcome(failures == 0, failures, 0, "instances where a proof step fails on its premises",
                "of " + INSTANCES + ": E1&E2 held on " + held[0] + ", with C >= 0 on " + held[1] + ", E3 on " + held[2]
                        + firstFailure);
    }

    /** Draws test points until {@code N(x0) > 0} and {@code k_- >= 1}; redraws the network after 64 misses. */
    private static T5Construction positivePoint(MyvNetwork net, int ell, UniformRandomProvider rng) {
        MyvNetwork current = net;
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int d = net.d();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            double[] x0 = new double[d];
            for (int k = 0; k < d - ell; k++) {
                x0[k] = g.sample();
            }
            T5Construction c = new T5Construction(current, ell, x0, false);
            if (c.defined() && c.y0 == 1) {
                return c;
            }
            if (attempt % 64 == 63) {   // e.g. all u_i > 0: N >= 0 but no neuron of I_- exists
                double[] fresh = MyvNetwork.initialize(d, net.m(), 1 / Math.sqrt(d), rng).w();
                double[] u = MyvNetwork.initialize(1, net.m(), 1, rng).u();
                System.arraycopy(fresh, 0, net.w(), 0, fresh.length);
                System.arraycopy(u, 0, net.u(), 0, u.length);
            }
        }
        throw new IllegalStateException("no test point with N(x0) > 0 and k_- >= 1");
    }
}
