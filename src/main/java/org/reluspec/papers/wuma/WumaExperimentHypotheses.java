package org.reluspec.papers.wuma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reluspec.engine.HypothesisResult;

/**
 * Which hypotheses of WUMA Theorem 3.1 an experimental configuration satisfies (facts of the configuration, plus the
 * explicit width condition with its margin).
 */
final class WumaExperimentHypotheses {

    private WumaExperimentHypotheses() {
    }

    /**
     * @param d input dimension
     * @param m width
     * @param unitNorm whether inputs have unit norm
     * @param lazy whether the trained network stays in the lazy ball
     * @return the WUMA Theorem 3.1 hypotheses and their status for this configuration
     */
    static List<HypothesisResult> lazy(int d, int m, boolean unitNorm, boolean lazy) {
        List<HypothesisResult> h = new ArrayList<>();
        h.add(HypothesisResult.fact("WUMA-SET net", "no biases, a_s = +-1 fixed, w_{s,0} ~ N(0, I_d)", true));
        h.add(HypothesisResult.fact("WUMA-SET input", "||x|| = 1", unitNorm));
        h.add(HypothesisResult.fact("WUMA-D2.1", "W in B_{2,inf}(W0, C0/sqrt m) (lazy regime)", lazy));
        h.add(WumaTheorems.T3_1.qualified("H4", Map.of("d", (double) d, "m", (double) m)));
        h.add(HypothesisResult.fact("WUMA-T3.1 H2", "x fixed before the draw of W0 (test points are)", true));
        return h;
    }
}
