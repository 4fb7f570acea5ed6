package org.reluspec.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.SphereData;

/**
 * In {@code d = 1} every neuron has its kink at the origin, so the smallest flipping step along the gradient reaches
 * the decision boundary exactly where all kinks coincide: the value there is 0 in exact arithmetic and rounding noise
 * in floating point. A positive rescaling of the weights ({@code W / r}, WUMA's cone remark) must not change whether
 * a flip exists, and must scale {@code eta*} by exactly {@code r^2 / r = r} relative to {@code ||grad f||^2}: the
 * falsifier found the walk deciding this by the sign of the noise (WUMA-CONE at d = 1, m = 2).
 */
class FlipStepScalingTest {

    @Test
    void coincidingKinksGiveTheSameFlipForEveryPositiveScale() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11);
        for (int n = 0; n < 500; n++) {
            int m = 1 + n % 12;
            LazyNetwork net = LazyNetwork.initialize(1, m, rng);
            double[] x = SphereData.sampleUnit(1, 1, rng)[0];
            FlipStep base = FlipStep.minimal(net, x);
            for (double r : new double[] {0.01, 0.1, 0.5, 3, 100}) {
                double[] scaled = net.firstLayer().clone();
                for (int k = 0; k < scaled.length; k++) {
                    scaled[k] /= r;
                }
                FlipStep cone = FlipStep.minimal(net.withFirstLayer(scaled), x);
                assertEquals(base.flips(), cone.flips(), "network " + n + ", r = " + r);
                if (base.flips() && base.perturbationNorm() > 0) {
                    assertEquals(base.perturbationNorm(), cone.perturbationNorm(), 1e-12 * base.perturbationNorm(),
                            "network " + n + ", r = " + r);
                }
            }
        }
    }
}
