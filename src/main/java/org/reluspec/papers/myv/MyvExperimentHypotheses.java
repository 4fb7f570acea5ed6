package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import org.reluspec.engine.HypothesisResult;

/**
 * Which hypotheses of the MYV theorems an experimental configuration satisfies. Each entry is a fact about the
 * configuration, checked by construction (the experiments' networks have biases and a trained output layer, unlike
 * MYV section 3), so {@code holds} says whether the configuration is inside that hypothesis.
 */
final class MyvExperimentHypotheses {

    private MyvExperimentHypotheses() {
    }

    /**
     * @param linearSubspace whether the data lie on a linear subspace (not an affine one)
     * @param l2 whether L2 regularization is used
     * @param gaussianInit whether the first layer is Gaussian (E.3) rather than PyTorch's uniform default
     * @return the MYV hypotheses and their status for this configuration
     */
    static List<HypothesisResult> toy(boolean linearSubspace, boolean l2, boolean gaussianInit) {
        List<HypothesisResult> h = new ArrayList<>();
        h.add(HypothesisResult.fact("MYV-SET data", "training inputs on a linear subspace P (A.2, T4.1, T5.1, T6.x: H1)", linearSubspace));
        h.add(HypothesisResult.fact("MYV-SET net", "no biases, output weights fixed at +-1/sqrt(m) (T4.1/T5.1/T6.1: u fixed)", false));
        h.add(HypothesisResult.fact("MYV-A.2 scope", "frozen off-manifold weights: holds with biases and a trained output layer, "
                + "fails with L2 or off-subspace data", linearSubspace && !l2));
        h.add(HypothesisResult.fact("MYV-SET init", "first layer N(0, (1/d) I) (T4.1, T5.1) or N(0, beta^2 I) (T6.1)", gaussianInit));
        h.add(HypothesisResult.fact("MYV-T6.2", "L2 regularization on the first layer (T6.2's setting)", l2));
        h.add(HypothesisResult.fact("MYV-T5.1 H2", "ell >= 32(m-1) ln(m^2 d) (ell <= 2 here, width >= 100)", false));
        return h;
    }
}
