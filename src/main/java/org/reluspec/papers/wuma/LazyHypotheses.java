package org.reluspec.papers.wuma;

import java.util.Locale;
import java.util.Map;
import org.reluspec.engine.HypothesisResult;

/** Hypotheses shared by the WUMA lazy-regime claims, with the paper's unnamed constants left open. */
final class LazyHypotheses {

    private LazyHypotheses() {
    }

    static HypothesisResult setting() {
        return HypothesisResult.byConstruction("H1", "a_s iid unif{-1,+1}, w_{s,0} iid N(0, I_d), independent; x on "
                + "the unit sphere, fixed before the draw");
    }

    /** Theorem 3.1's upper width condition {@code m <= C4 exp(d^0.24)}: open. */
    static HypothesisResult widthUpper(double d, double m) {
        HypothesisResult h = WumaTheorems.WIDTH_UPPER.evaluate().apply(Map.of("d", d, "m", m));
        return new HypothesisResult("W2", h.text(), h.holds(), h.lhs(), h.rhs(), h.margin());
    }

    /** A {@code m >= C ln(k/gamma)} clause with {@code C} unnamed. */
    static HypothesisResult widthLog(String id, double m, double k, double gamma) {
        return HypothesisResult.unnamedConstant(id, String.format(Locale.ROOT,
                "m >= C ln(%s/gamma) holds iff C <= %.4g", k == Math.rint(k) ? Long.toString((long) k) : k,
                m / Math.log(k / gamma)));
    }
}
