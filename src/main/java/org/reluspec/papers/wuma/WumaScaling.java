package org.reluspec.papers.wuma;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.AbstractScalingClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.ScalingClaim;
import org.reluspec.harness.TrialStreams;
import org.reluspec.lazy.BallSearch;
import org.reluspec.lazy.FlipStep;
import org.reluspec.lazy.LazyBall;
import org.reluspec.lazy.LazyNetwork;

/**
 * WUMA's order claims, measured over a sweep of {@code d} at Theorem 3.1's smallest admissible width
 * {@code m = ceil(d^2.4)}, {@code x = e_1} fixed (rotation invariance makes every fixed unit {@code x} equivalent),
 * {@code draws} independent initializations per {@code d}:
 * <ul>
 *   <li>{@code WUMA-T3.1 step-size-W0}: the exact smallest flipping step {@code |eta*|} at {@code W0} is
 *       {@code O(1/d)} (section 3: "a small step size of O(1/d)");</li>
 *   <li>{@code WUMA-T3.1 perturbation-W0}: {@code ||delta*|| = O(1/sqrt d)};</li>
 *   <li>{@code WUMA-T3.1 step-size-search-W}: the largest {@code |eta*(W)|} a search over the ball finds is still
 *       {@code O(1/d)} ("simultaneously for all W");</li>
 *   <li>{@code WUMA-L4.2 gradient-search-W}: the smallest {@code ||grad f||} a search over the ball finds is
 *       {@code Omega(sqrt d)} (Lemma 4.2's garbled bound read as {@code c sqrt d});</li>
 *   <li>{@code WUMA-B.9} and {@code WUMA-L4.4 search-sup-delta}: the largest
 *       {@code ||grad f(x) - grad f(x + delta)||} over {@code ||delta|| <= cR/sqrt d} a search finds is
 *       {@code o(sqrt d)};</li>
 *   <li>{@code WUMA-T3.1 step-size-vs-m} and {@code WUMA-L4.2 gradient-vs-m}: against the width at {@code d = 16}
 *       ({@code m} from 776 to 12,416): the theorem's constants are "independent of m and d", so both are
 *       {@code Theta(m^0)}.</li>
 * </ul>
 */
public final class WumaScaling extends AbstractScalingClaim {

    private enum Quantity { STEP_W0, PERTURBATION_W0, STEP_SEARCH, GRADIENT_SEARCH, GRADIENT_CHANGE_SEARCH, STEP_VS_M,
        GRADIENT_VS_M }

    /** The width sweep at {@code d = 16}: {@code ceil(16^2.4) = 776} doubled four times. */
    private static final int D_FOR_M = 16;
    private static final double[] WIDTHS = {776, 1552, 3104, 6208, 12416};

    private static final double[] SIZES = {9, 16, 25, 36, 49};

    private final Quantity quantity;
    private final Order order;

    private WumaScaling(Theorem theorem, String variant, Quantity quantity, Order order, String statement) {
        super(theorem, variant, theorem.source(), statement);
        this.quantity = quantity;
        this.order = order;
    }

    /** @return Theorem 3.1's step size at the initialization */
    public static WumaScaling stepAtInit() {
        return new WumaScaling(WumaTheorems.T3_1, "step-size-W0", Quantity.STEP_W0,
                new Order(Relation.AT_MOST, -1, "|eta*|", "d"), "w.p. >= 1 - gamma, for all W in the ball, "
                        + "delta = eta grad_x f(x;a,W) with |eta| = O(1/d) flips sign f(x): the exact smallest |eta| at "
                        + "W0 is O(1/d).");
    }

    /** @return Theorem 3.1's perturbation size at the initialization */
    public static WumaScaling perturbationAtInit() {
        return new WumaScaling(WumaTheorems.T3_1, "perturbation-W0", Quantity.PERTURBATION_W0,
                new Order(Relation.AT_MOST, -0.5, "||delta*||", "d"), "the sign-flipping single step has ||delta|| = "
                        + "O(1/sqrt d): the exact smallest one at W0.");
    }

    /** @return Theorem 3.1's step size, searched over the ball */
    public static WumaScaling stepOverBall() {
        return new WumaScaling(WumaTheorems.T3_1, "step-size-search-W", Quantity.STEP_SEARCH,
                new Order(Relation.AT_MOST, -1, "max_W |eta*(W)|", "d"), "simultaneously for all W in "
                        + "B_{2,inf}(W0, C0/sqrt m) the flipping step is O(1/d): the largest exact |eta*(W)| over the "
                        + "searched W.");
    }

    /** @return Theorem 3.1's step size against the width: its constants are "independent of m and d" */
    public static WumaScaling stepAgainstWidth() {
        return new WumaScaling(WumaTheorems.T3_1, "step-size-vs-m", Quantity.STEP_VS_M,
                new Order(Relation.EXACTLY, 0, "|eta*|", "m"), "the flipping step's bounds C1, C2 do not depend on m: "
                        + "the exact smallest |eta*| at W0, d = 16, m from 776 to 12,416, does not scale with m.");
    }

    /** @return Lemma 4.2's gradient norm against the width */
    public static WumaScaling gradientAgainstWidth() {
        return new WumaScaling(WumaTheorems.L4_2, "gradient-vs-m", Quantity.GRADIENT_VS_M,
                new Order(Relation.EXACTLY, 0, "||grad f(x;a,W0)||", "m"), "the gradient bound c sqrt(d) does not "
                        + "depend on m: ||grad f|| at W0, d = 16, m from 776 to 12,416, does not scale with m.");
    }

    /** @return Lemma 4.2, searched over the ball */
    public static WumaScaling gradientOverBall() {
        return new WumaScaling(WumaTheorems.L4_2, "gradient-search-W", Quantity.GRADIENT_SEARCH,
                new Order(Relation.AT_LEAST, 0.5, "min_W ||grad f(x;a,W)||", "d"), "w.p. >= 1 - gamma, for all W in "
                        + "the ball, ||grad f(x;a,W)|| >= [garbled; c sqrt(d) by Lemma B.7]: the smallest gradient norm "
                        + "over the searched W is Omega(sqrt d).");
    }

    /**
     * @param id {@code WUMA-B.9} or {@code WUMA-L4.4}
     * @return the uniform gradient difference, searched over delta
     */
    public static WumaScaling gradientChange(String id) {
        boolean informal = id.equals("WUMA-L4.4");
        return new WumaScaling(informal ? WumaTheorems.L4_4 : WumaTheorems.B_9, "search-sup-delta",
                Quantity.GRADIENT_CHANGE_SEARCH,
                new Order(Relation.BELOW, 0.5, "sup_{||delta|| <= cR/sqrt d} ||grad f(x) - grad f(x+delta)||", "d"),
                "w.p. >= 1 - gamma, for all W in the ball, sup_{||delta|| <= R} ||grad f(x;a,W) - grad f(x+delta;a,W)|| "
                        + "= o(sqrt d) for R = O(1/sqrt d) and d^2.4 <= m <= O(exp(d^0.24)): the largest change a "
                        + "search over delta finds at W0, R = cR/sqrt(d).");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(List.of(
                ParameterSpec.nonNegativeReal("C0", "lazy constant, V = C0/sqrt(m)"),
                ParameterSpec.integer("draws", 2, 1000, "initializations per d")));
        if (quantity == Quantity.GRADIENT_CHANGE_SEARCH) {
            p.add(ParameterSpec.positiveReal("cR", "R = cR / sqrt(d)"));
        }
        return p;
    }

    @Override
    public List<String> settingParameters() {
        return quantity == Quantity.GRADIENT_CHANGE_SEARCH ? List.of("C0", "cR") : List.of("C0");
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return switch (quantity) {
            case STEP_W0, PERTURBATION_W0, STEP_VS_M, GRADIENT_VS_M -> List.of(ParameterPoint.of(this, "C0", 0,
                    "draws", 40));
            case STEP_SEARCH, GRADIENT_SEARCH -> List.of(ParameterPoint.of(this, "C0", 1, "draws", 20),
                    ParameterPoint.of(this, "C0", 10, "draws", 20));
            case GRADIENT_CHANGE_SEARCH -> List.of(ParameterPoint.of(this, "C0", 0, "draws", 20, "cR", 1));
        };
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        double dMax = SIZES[SIZES.length - 1];
        List<HypothesisResult> h = new ArrayList<>(List.of(LazyHypotheses.setting(),
                HypothesisResult.byConstruction("W1", "m = ceil(d^2.4) >= d^2.4 at every d of the sweep " + sizes()),
                LazyHypotheses.widthUpper(dMax, Math.ceil(Math.pow(dMax, 2.4)))));
        if (quantity == Quantity.STEP_VS_M || quantity == Quantity.GRADIENT_VS_M) {
            h = new ArrayList<>(List.of(LazyHypotheses.setting(), HypothesisResult.byConstruction("W1", "m >= 16^2.4 "
                    + "= 775.1 at every m of the sweep " + java.util.Arrays.toString(WIDTHS)),
                    LazyHypotheses.widthUpper(D_FOR_M, WIDTHS[WIDTHS.length - 1])));
        }
        if (quantity == Quantity.STEP_SEARCH || quantity == Quantity.GRADIENT_SEARCH) {
            // Lemma B.7's bound starts with sqrt(d/2) - C0: it is positive only for d > 2 C0^2, which the lemma's
            // garbled "d >= Omega(...)" clause must ensure
            h.add(HypothesisResult.atLeast("H3", "sqrt(d/2) > C0 at the smallest d of the sweep (Lemma B.7's bound "
                    + "sqrt(d/2) - C0 - ... is positive only there)", Math.sqrt(SIZES[0] / 2), point.get("C0")));
        }
        return h;
    }

    private static String sizes() {
        return java.util.Arrays.toString(SIZES);
    }

    @Override
    public Order order(ParameterPoint point) {
        return order;
    }

    @Override
    public boolean measuresSearchExtremum() {
        return quantity == Quantity.STEP_SEARCH || quantity == Quantity.GRADIENT_SEARCH
                || quantity == Quantity.GRADIENT_CHANGE_SEARCH;
    }

    @Override
    public Sweep measure(ParameterPoint point, TrialStreams streams) {
        int draws = point.getInt("draws");
        double c0 = point.get("C0");
        List<Double> sizes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int noFlip = 0;
        boolean widthSweep = quantity == Quantity.STEP_VS_M || quantity == Quantity.GRADIENT_VS_M;
        double[] grid = widthSweep ? WIDTHS : SIZES;
        for (int k = 0; k < grid.length; k++) {
            int d = widthSweep ? D_FOR_M : (int) grid[k];
            int m = widthSweep ? (int) grid[k] : (int) Math.ceil(Math.pow(d, 2.4));
            double[] x = new double[d];
            x[0] = 1;
            for (int i = 0; i < draws; i++) {
                UniformRandomProvider rng = streams.forTrial((long) k * draws + i);
                LazyNetwork net = LazyNetwork.initialize(d, m, rng);
                LazyBall ball = LazyBall.lazyRegime(net, c0);
                double value = switch (quantity) {
                    case STEP_W0, STEP_VS_M -> Math.abs(FlipStep.minimal(net, x).eta());
                    case GRADIENT_VS_M -> FlipStep.minimal(net, x).gradientNorm();
                    case PERTURBATION_W0 -> FlipStep.minimal(net, x).perturbationNorm();
                    case STEP_SEARCH -> Math.abs(BallSearch.largestFlipStep(ball, x).eta());
                    case GRADIENT_SEARCH -> BallSearch.smallestGradientNorm(ball, x);
                    case GRADIENT_CHANGE_SEARCH -> BallSearch.largestGradientChange(net, x,
                            point.get("cR") / Math.sqrt(d), 4, rng);
                };
                if (Double.isInfinite(value)) {
                    noFlip++;   // no flip along the gradient: counted by WUMA-T3.1 flip-exists, not fitted
                } else {
                    sizes.add(widthSweep ? (double) m : d);
                    values.add(value);
                }
            }
        }
        String how = switch (quantity) {
            case STEP_W0, PERTURBATION_W0 -> "exact smallest flipping step at W0";
            case STEP_VS_M -> "exact smallest flipping step at W0, d = 16";
            case GRADIENT_VS_M -> "||grad f(x;a,W0)||, d = 16";
            case STEP_SEARCH -> "largest exact |eta*| over W0, the |f|-extreme point, the gradient-shrinking point "
                    + "and their mixture";
            case GRADIENT_SEARCH -> "smallest exact ||grad f|| over W0 and 3 rounds of gradient shrinking";
            case GRADIENT_CHANGE_SEARCH -> "largest exact segment maximum over 3 + 4 random + 8 aligned directions";
        };
        String left = noFlip > 0 ? "; " + noFlip + " draws without any flip along the gradient left out (see "
                + "WUMA-T3.1 flip-exists)" : "";
        return new Sweep(sizes.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), how + (widthSweep ? "" : ", m = ceil(d^2.4)")
                + ", " + draws + " draws per " + (widthSweep ? "m" : "d") + left);
    }
}
