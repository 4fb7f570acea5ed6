package org.reluspec.claims.wuma;

import java.util.Locale;
import org.reluspec.claims.HypothesisResult;

/** Hypotheses shared by the WUMA lazy-regime claims, with the paper's unnamed constants left open. */
final class LazyHypotheses {

    private LazyHypotheses() {
    }

    static HypothesisResult setting() {
        return HypothesisResult.byConstruction("H1", "a_s iid unif{-1,+1}, w_{s,0} iid N(0, I_d), independent; x on "
                + "the unit sphere, fixed before the draw");
    }

    /** Theorem 3.1's explicit width condition {@code m >= d^2.4}. */
    static HypothesisResult widthLower(double d, double m) {
        return HypothesisResult.atLeast("W1", "m >= d^2.4 (explicit part of max{d^2.4, C3 ln(1/gamma)})", m,
                Math.pow(d, 2.4));
    }

    /** The upper width condition {@code m <= C4 exp(d^0.24)}: open. */
    static HypothesisResult widthUpper(double d, double m) {
        return HypothesisResult.unnamedConstant("W2", String.format(Locale.ROOT,
                "m <= C4 exp(d^0.24) holds iff C4 >= %.4g", m * Math.exp(-Math.pow(d, 0.24))));
    }

    /** A {@code m >= C ln(k/gamma)} clause with {@code C} unnamed. */
    static HypothesisResult widthLog(String id, double m, double k, double gamma) {
        return HypothesisResult.unnamedConstant(id, String.format(Locale.ROOT,
                "m >= C ln(%s/gamma) holds iff C <= %.4g", k == Math.rint(k) ? Long.toString((long) k) : k,
                m / Math.log(k / gamma)));
    }
}
