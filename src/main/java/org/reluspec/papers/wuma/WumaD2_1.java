package org.reluspec.papers.wuma;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kernel.Vectors;
import org.reluspec.lazy.LazyBall;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.lazy.LazySgd;

/**
 * WUMA Definition 2.1 (the lazy regime {@code W in B_{2,inf}(W0, C0/sqrt m)}), as the property the suite's training
 * must deliver: section 5.1's SGD that stops on leaving the ball, and Algorithm 1's projected (adversarial) SGD, both
 * return networks inside the ball; and the projection is the Euclidean one (each row outside is pulled radially to
 * distance exactly {@code V}, rows inside are untouched). Checked on {@value #INSTANCES} runs per point (unit-norm
 * inputs, labels of a random teacher, learning rate 0.1 as in section 5.1).
 */
public final class WumaD2_1 implements DeterministicClaim {

    static final int INSTANCES = 4;

    @Override
    public Theorem theorem() {
        return WumaTheorems.D2_1;
    }

    @Override
    public String variant() {
        return "training-stays-lazy";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return List.of(ParameterPoint.of(this, "d", 1, "m", 1, "C0", 0.1),
                ParameterPoint.of(this, "d", 5, "m", 20, "C0", 1),
                ParameterPoint.of(this, "d", 25, "m", 200, "C0", 10));
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.byConstruction("H1", "a_s iid unif{-1,+1}, w_{s,0} iid N(0, I_d)"));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        int d = point.getInt("d");
        int m = point.getInt("m");
        double c0 = point.get("C0");
        double worst = 0;   // max over returned networks of distance / V
        double defect = 0;  // of the projection, relative to V
        int stopped = 0;
        boolean inside = true;
        for (int i = 0; i < INSTANCES; i++) {
            UniformRandomProvider rng = instances.forTrial(i);
            LazyNetwork init = LazyNetwork.initialize(d, m, rng);
            Dataset data = SphereData.teacherLabelledUnit(d, 64, rng);
            LazySgd.Result exit = new LazySgd(0.1, 8, 300, c0, LazySgd.Mode.STOP_ON_EXIT, 0, 0).train(init, data, rng);
            LazySgd.Result proj = new LazySgd(0.1, 8, 100, c0, LazySgd.Mode.PROJECT, 0.1, 3).train(init, data, rng);
            double v = exit.ball().radius();
            inside &= exit.ball().contains(exit.net().firstLayer()) && proj.ball().contains(proj.net().firstLayer());
            worst = Math.max(worst, exit.ball().distance(exit.net().firstLayer()) / v);
            worst = Math.max(worst, proj.ball().distance(proj.net().firstLayer()) / v);
            stopped += exit.stoppedAtBoundary() ? 1 : 0;
            defect = Math.max(defect, projectionDefect(exit.ball(), rng));
        }
        return new DeterministicOutcome(inside && defect <= 1e-9, worst, 1, "max_s ||w_s - w_{s,0}|| / V over returned networks "
                + "(membership tested exactly: distance <= V)", "projection defect / V = " + defect + "; " + INSTANCES + " runs each of stop-on-exit SGD (" + stopped
                + " stopped at the boundary) and projected PGD-adversarial SGD");
    }

    /** Relative defect of the projection of a random far point: radius and direction of every row. */
    private static double projectionDefect(LazyBall ball, UniformRandomProvider rng) {
        double[] w0 = ball.center().firstLayer();
        int d = ball.center().d();
        double v = ball.radius();
        double[] w = w0.clone();
        double[][] u = SphereData.sampleUnit(d, ball.center().m(), rng);
        boolean[] outside = new boolean[u.length];
        for (int s = 0; s < u.length; s++) {
            outside[s] = rng.nextBoolean();
            Vectors.axpy((outside[s] ? 3 : 0.5) * v, u[s], 0, w, s * d, d);
        }
        double[] p = w.clone();
        ball.project(p);
        double defect = 0;
        for (int s = 0; s < u.length; s++) {
            for (int k = 0; k < d; k++) {
                double expected = w0[s * d + k] + (outside[s] ? v : 0.5 * v) * u[s][k];
                defect = Math.max(defect, Math.abs(p[s * d + k] - expected) / v);
            }
        }
        return defect;
    }
}
