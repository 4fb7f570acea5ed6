package org.reluspec.falsify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.random.SobolSequenceGenerator;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.Claim;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ProbabilisticClaim;
import org.reluspec.engine.ProofStep;
import org.reluspec.engine.ScalingCheck;
import org.reluspec.engine.ScalingClaim;
import org.reluspec.harness.MonteCarlo;
import org.reluspec.harness.TrialStreams;
import org.reluspec.stats.ClopperPearson;
import org.reluspec.stats.ExactProbability;
import org.reluspec.stats.Holm;
import org.reluspec.util.Formats;
import org.reluspec.util.ReluSpecArgumentException;

/**
 * Searches a claim's printed domain for its worst point, the way a property-based tester hunts for a failing input,
 * under a deterministic evaluation budget. The objective is the claim's signed margin, positive where the claim
 * fails: {@code ln(p / B)} for a probabilistic claim with an exact failure probability {@code p} and stated bound
 * {@code B}; the relative gap of the printed relation for a deterministic claim; the distance of the exponent's
 * interval beyond the claimed order for an order claim. Candidates come in a fixed order: the claim's default grid,
 * every corner of the domain (range ends, and 0 where the range includes it below a logarithmic axis), the edges and
 * small-integer families (each axis at its quarter points and its two smallest values, the others at their ends),
 * Sobol points of the interior (Hipparchus), Nelder–Mead refinement from the best candidates, bisection to the
 * boundary of the failure region, and shrinking of the worst failing point to the simplest one that still fails
 * (smaller integers, rounder numbers). What a claim costs decides where and how much (see {@link Mode}).
 *
 * <p>A point outside the printed relations between parameters is skipped (counted), a point where a printed
 * hypothesis fails is not applicable (counted), a point where the bound is at least 1 is vacuous (counted). Everything
 * is deterministic: the same claim and budget give the same search, for any number of threads.
 */
public final class Falsifier {

    /** Default evaluations per claim variant. */
    public static final int DEFAULT_BUDGET = 400;

    /** Evaluations of a Monte Carlo search: each one simulates, so they are fewer. */
    public static final int MONTE_CARLO_EVALUATIONS = 48;

    /** Evaluations of a search over drawn or trained instances: each one may train networks. */
    public static final int INSTANCE_EVALUATIONS = 24;

    /** Evaluations of an order claim's search: each one measures a whole sweep of sizes. */
    public static final int ORDER_EVALUATIONS = 8;

    /** Random candidates of a proof step's own search, per unit of budget. */
    public static final int PROOF_STEP_CANDIDATES_PER_BUDGET = 10;

    /** Work of one exploration evaluation, in the claims' units (a tenth of a grid point's). */
    public static final double EXPLORATION_WORK = 2e7;

    /** Trials of one exploration evaluation at most (fewer when a trial is expensive, never fewer than 200). */
    public static final long EXPLORATION_TRIALS = 20_000;

    /** Error rate of the exponent's interval while an order search explores (candidates only). */
    public static final double ORDER_EXPLORATION_ALPHA = 0.1;

    /** Candidates of a Monte Carlo or order search re-tested on fresh streams. */
    public static final int CONFIRMED_CANDIDATES = 3;

    /**
     * How a claim is searched, decided by what one evaluation costs and what decides it.
     */
    public enum Mode {
        /** An exact reference: the whole printed domain, the full budget, refinement, boundary and shrinking. */
        EXACT(true, false, "exact reference over the printed domain"),
        /** A closed-form deterministic relation: like {@link #EXACT}. */
        CLOSED_FORM(true, false, "closed form over the printed domain"),
        /** Monte Carlo only: the grid's box, candidates re-tested on fresh streams under the run's Holm test. */
        MONTE_CARLO(false, false, "Monte Carlo over the default grid's bounding box (each point simulates), "
                + "candidates re-tested on fresh streams under Holm over the run"),
        /** Its event contains the failure (no certificate): explored like Monte Carlo, never refuted. */
        CONFIRM_ONLY(false, false, "Monte Carlo over the default grid's bounding box; the event over-counts "
                + "failures (no certificate), so the search can confirm, never refute"),
        /** Deterministic on drawn or trained instances: the grid's box, at most the dearest grid point's cost. */
        INSTANCES(false, true, "drawn or trained instances over the default grid's bounding box, no point dearer "
                + "than the dearest grid point"),
        /** An order of growth: each point is a sweep; candidates re-tested on fresh streams under the run's Holm. */
        ORDER(false, true, "a sweep of sizes per point over the default grid's bounding box, candidates re-tested "
                + "on fresh streams under Holm over the run"),
        /** A proof step: its own exhaustive small and boundary cases plus seeded random candidates over its range. */
        PROOF_STEP(false, false, "the step's exhaustive small and boundary cases plus seeded random candidates "
                + "over its range");

        private final boolean wholeDomain;
        private final boolean parallel;
        private final String region;

        Mode(boolean wholeDomain, boolean parallel, String region) {
            this.wholeDomain = wholeDomain;
            this.parallel = parallel;
            this.region = region;
        }

        /** @return whether such a claim is searched over its whole printed domain (else its default grid's box) */
        public boolean wholeDomain() {
            return wholeDomain;
        }

        /**
         * @return a rank of what a search of this kind costs, dearest 0 (measured over {@code falsify --all --budget
         *         2000 --threads 1} beside other work: drawn or trained instances 219 s in 36 searches, the dearest
         *         112 s; Monte Carlo 221 s in 18; orders of growth 39 s in 10; exact, closed-form and proof-step
         *         searches 4 s in 48), so a run on several threads starts the dear ones first and ends on the cheap
         *         ones
         */
        public int dearness() {
            return switch (this) {
                case INSTANCES -> 0;
                case MONTE_CARLO, CONFIRM_ONLY -> 1;
                case ORDER -> 2;
                case EXACT, CLOSED_FORM, PROOF_STEP -> 3;
            };
        }

        /** @return where and how such a claim is searched, in words */
        public String region() {
            return region;
        }

        /**
         * @param claim a claim
         * @return how it is searched
         */
        public static Mode of(Claim claim) {
            if (claim instanceof ProofStep) {
                return PROOF_STEP;
            }
            if (claim instanceof ScalingClaim) {
                return ORDER;
            }
            if (claim instanceof DeterministicClaim dc) {
                return dc.drawsInstances() ? INSTANCES : CLOSED_FORM;
            }
            ProbabilisticClaim pc = (ProbabilisticClaim) claim;
            if (pc.eventKind() == ProbabilisticClaim.EventKind.UPPER_BOUND) {
                return CONFIRM_ONLY;
            }
            return pc.exactFailure(claim.defaultGrid().get(0)).isEmpty() ? MONTE_CARLO : EXACT;
        }
    }

    /**
     * How a search runs.
     *
     * @param budget evaluations of a search over the whole printed domain
     * @param seed master seed of every random stream of the search (exploration, instances, confirmation)
     * @param threads worker threads (results do not depend on it); 0 for every core
     */
    public record Settings(int budget, long seed, int threads) {
    }

    private final Claim claim;
    private final Mode mode;
    private final SearchSpace space;
    private final int budget;
    private final Settings settings;
    private final double costCap;
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final List<Map<String, Double>> pending = new ArrayList<>();
    private int grid;
    private int degenerate;
    private int corners;
    private int families;
    private int interior;
    private int refinement;
    private int located;

    private Falsifier(Claim claim, Settings settings) {
        this.claim = claim;
        this.settings = settings;
        this.mode = Mode.of(claim);
        this.space = space(claim, mode);
        this.budget = switch (mode) {
            case EXACT, CLOSED_FORM -> settings.budget();
            case MONTE_CARLO, CONFIRM_ONLY -> Math.min(settings.budget(), MONTE_CARLO_EVALUATIONS);
            case INSTANCES -> Math.min(settings.budget(), INSTANCE_EVALUATIONS);
            case ORDER -> Math.min(settings.budget(), ORDER_EVALUATIONS);
            case PROOF_STEP -> 1;
        };
        this.costCap = mode == Mode.INSTANCES ? claim.defaultGrid().stream()
                .mapToDouble(((DeterministicClaim) claim)::evaluationCost).max().orElse(0) : Double.POSITIVE_INFINITY;
    }

    /**
     * @param claim any claim
     * @param settings budget, seed and threads
     * @return the search's result; the confirmations of a Monte Carlo or order search still await the run's Holm test
     */
    public static SearchResult search(Claim claim, Settings settings) {
        return new Falsifier(claim, settings).run();
    }

    private SearchResult run() {
        if (mode == Mode.PROOF_STEP) {
            return proofStep();
        }
        int k = space.dimension();
        gridPoints();
        caseFamilies();
        cornersAndFamilies();
        SobolSequenceGenerator sobol = k == 0 ? null : new SobolSequenceGenerator(k);
        if (mode.parallel) {
            interior(sobol, budget);
            evaluatePending();
        } else {
            interior(sobol, (3 * budget) / 4);
            refine(k);
            interior(sobol, budget);   // what refinement left unspent goes to more interior points
        }
        Evaluation worst = evaluations.stream().filter(e -> e.status().decided())
                .max(Comparator.comparingDouble(Evaluation::margin)).orElse(null);
        Optional<Boundary> boundary = Optional.empty();
        Optional<Evaluation> shrunk = Optional.empty();
        boolean candidate = worst != null && worst.status() == Evaluation.Status.FAILS;
        boolean exact = mode == Mode.EXACT || mode == Mode.CLOSED_FORM;
        if (candidate && exact) {
            boundary = boundary(worst);
            shrunk = Optional.of(shrink(worst));
        }
        List<Confirmation> confirmations = switch (mode) {
            case MONTE_CARLO -> confirm();
            case ORDER -> confirmOrder();
            default -> List.of();
        };
        long count = evaluations.size();
        String coverage = String.format(Locale.ROOT, "%d evaluations over %s (%s): %d default-grid points, %s%d "
                + "corners, %d edge and small-value points, %d Sobol interior points, %d refinement steps (and %d for "
                + "the boundary and shrinking); %d outside the printed relations, %d with a failing hypothesis, %d "
                + "vacuous, %d dearer than the dearest grid point, %d undecided, %d that the suite could not "
                + "evaluate%s, %d decided", count, space.describe(), mode.region(), grid, degenerate == 0 ? ""
                        : degenerate + " degenerate cases (" + caseNames() + "), ", corners, families, interior,
                refinement, located, counted(Evaluation.Status.OUTSIDE), counted(Evaluation.Status.NOT_APPLICABLE),
                counted(Evaluation.Status.VACUOUS), counted(Evaluation.Status.TOO_DEAR),
                counted(Evaluation.Status.UNDECIDED), counted(Evaluation.Status.ERROR), evaluations.stream()
                        .filter(e -> e.status() == Evaluation.Status.ERROR).findFirst()
                        .map(e -> " (first: " + text(e.values()) + ": " + e.detail() + ")").orElse(""),
                evaluations.stream().filter(e -> e.status().decided()).count());
        SearchResult.Finding finding = !candidate ? SearchResult.Finding.NONE
                : exact && mode == Mode.EXACT ? SearchResult.Finding.EXACT_VIOLATED
                : exact || mode == Mode.INSTANCES ? SearchResult.Finding.COUNTEREXAMPLE : SearchResult.Finding.NONE;
        String summary;
        if (worst == null) {
            summary = "no decided point (inside the hypotheses, with a bound below 1) in " + count + " evaluations";
        } else if (finding != SearchResult.Finding.NONE) {
            summary = "fails at " + text(shrunk.orElse(worst).values()) + ": " + shrunk.orElse(worst).detail();
        } else if (mode == Mode.CONFIRM_ONLY) {
            summary = "no point can refute it (its event over-counts failures); largest estimate in " + count
                    + " explored points at " + text(worst.values()) + ": " + worst.detail();
        } else if (mode == Mode.MONTE_CARLO || mode == Mode.ORDER) {
            summary = (confirmations.isEmpty() ? "no candidate" : confirmations.size() + " candidates re-tested on "
                    + "fresh streams") + " in " + count + " explored points; worst at " + text(worst.values()) + ": "
                    + worst.detail();
        } else {
            summary = "no counterexample in " + count + " evaluations over " + space.describe() + "; worst margin "
                    + Formats.fourDigits(worst.margin()) + " at " + text(worst.values())
                    + (mode == Mode.INSTANCES ? ": " + worst.detail() : "");
        }
        return new SearchResult(claim.id(), claim.variant(), claim.source().paper(), claim.source().label(), mode,
                count, counted(Evaluation.Status.ERROR), finding, Optional.ofNullable(worst), boundary, shrunk,
                confirmations, List.copyOf(evaluations), coverage, summary);
    }

    /** @return the case families' members, in words */
    private String caseNames() {
        List<String> out = new ArrayList<>();
        for (SearchSpace.Axis a : space.axes()) {
            if (!a.spec().cases().isEmpty()) {
                out.add(a.spec().name() + ": " + String.join(", ", a.spec().cases()));
            }
        }
        return String.join("; ", out);
    }

    /**
     * @param claim a claim searched over its whole domain (exact reference or closed form)
     * @param values a point
     * @param settings the search's settings
     * @return the claim there, as the search evaluates it
     */
    public static Evaluation evaluateAt(Claim claim, Map<String, Double> values, Settings settings) {
        return evaluate(Mode.of(claim), claim, values, settings, 0, Double.POSITIVE_INFINITY);
    }

    /** @return the region a claim searched in this mode covers */
    static SearchSpace space(Claim claim, Mode mode) {
        return mode.wholeDomain ? SearchSpace.of(claim) : SearchSpace.gridBox(claim);
    }

    /** A proof step searches its own range: one evaluation with the budget's worth of random candidates. */
    private SearchResult proofStep() {
        int candidates = PROOF_STEP_CANDIDATES_PER_BUDGET * settings.budget();
        Evaluation e = Evaluation.instance(claim, Map.of("search", (double) candidates), settings, 0,
                Double.POSITIVE_INFINITY);
        evaluations.add(e);
        boolean fails = e.status() == Evaluation.Status.FAILS;
        String coverage = "1 evaluation (" + mode.region() + "): " + e.detail();
        return new SearchResult(claim.id(), claim.variant(), claim.source().paper(), claim.source().label(), mode, 1,
                e.status() == Evaluation.Status.ERROR ? 1 : 0,
                fails ? SearchResult.Finding.COUNTEREXAMPLE : SearchResult.Finding.NONE,
                Optional.of(e), Optional.empty(), Optional.empty(), List.of(), List.of(e), coverage,
                (fails ? "fails: " : "no counterexample among the step's candidates: ") + e.detail());
    }

    /**
     * The best exploration candidates (their 90% lower bound above the stated bound), each re-tested on fresh
     * confirmation streams with the grid's trial budget; the run's Holm test decides which are violations.
     */
    private List<Confirmation> confirm() {
        ProbabilisticClaim pc = (ProbabilisticClaim) claim;
        List<Map<String, Double>> chosen = candidates();
        CheckSettings grid = CheckSettings.of(settings.seed(), 200_000, settings.threads(), 0.01,
                CheckSettings.SimulationPolicy.ALWAYS);
        List<Confirmation> out = new ArrayList<>();
        for (int j = 0; j < chosen.size(); j++) {
            ParameterPoint p = ParameterPoint.of(claim, chosen.get(j));
            double bound = Math.min(1, pc.statedBound(p));
            long n = grid.trialsFor(pc.costPerTrial(p));
            long k = MonteCarlo.count(() -> pc.newFailureEvent(p), new TrialStreams(settings.seed(),
                    claim.key() + "/confirm", j), n, settings.threads()).failures();
            out.add(new Confirmation(chosen.get(j), Holm.exceedancePValue(k, n, bound), k + "/" + n
                    + " failures on fresh streams vs bound " + Formats.fourDigits(bound), SearchResult.Finding.VIOLATED,
                    false));
        }
        return out;
    }

    /**
     * The best exploration candidates of an order claim (the 90% interval beyond the claimed exponent), each swept
     * again on fresh streams; the p-value of the claimed order there goes to the run's Holm test.
     */
    private List<Confirmation> confirmOrder() {
        ScalingClaim sc = (ScalingClaim) claim;
        List<Map<String, Double>> chosen = candidates();
        List<Confirmation> out = new ArrayList<>();
        for (int j = 0; j < chosen.size(); j++) {
            ScalingCheck.Measured m = ScalingCheck.measure(sc, ParameterPoint.of(claim, chosen.get(j)),
                    new TrialStreams(settings.seed(), claim.key() + "/confirm", j), ORDER_EXPLORATION_ALPHA);
            out.add(new Confirmation(chosen.get(j), m.pValue(), m.order().text() + " on fresh streams: "
                    + m.detail(), SearchResult.Finding.ORDER_INCONSISTENT, false));
        }
        return out;
    }

    /** @return the distinct failing explored points with the largest margins, at most {@link #CONFIRMED_CANDIDATES} */
    private List<Map<String, Double>> candidates() {
        List<Map<String, Double>> chosen = new ArrayList<>();
        evaluations.stream().filter(e -> e.status() == Evaluation.Status.FAILS)
                .sorted(Comparator.comparingDouble(Evaluation::margin).reversed())
                .forEach(e -> {
                    if (chosen.size() < CONFIRMED_CANDIDATES && !chosen.contains(e.values())) {
                        chosen.add(e.values());
                    }
                });
        return chosen;
    }

    /**
     * A candidate re-tested on fresh streams.
     *
     * @param values the candidate
     * @param pValue the p-value of the claim there on the fresh streams, for the run's Holm test
     * @param evidence what the fresh streams measured, in words
     * @param establishes what a rejection establishes ({@code VIOLATED} or {@code ORDER_INCONSISTENT})
     * @param rejected whether the run's Holm test rejected it
     */
    public record Confirmation(Map<String, Double> values, double pValue, String evidence,
                               SearchResult.Finding establishes, boolean rejected) {
        /** @return a copy with the run's decision */
        Confirmation decided(boolean reject) {
            return new Confirmation(values, pValue, evidence, establishes, reject);
        }
    }

    private long counted(Evaluation.Status s) {
        return evaluations.stream().filter(e -> e.status() == s).count();
    }

    private int proposed() {
        return evaluations.size() + pending.size();
    }

    private boolean spent() {
        return proposed() >= budget;
    }

    /** The claim at one point; {@code index} names the point's random streams. */
    private Evaluation point(Map<String, Double> values, int index) {
        return evaluate(mode, claim, values, settings, index, costCap);
    }

    private static Evaluation evaluate(Mode mode, Claim claim, Map<String, Double> values, Settings settings,
                                       int index, double costCap) {
        return switch (mode) {
            case EXACT -> Evaluation.of(claim, values);
            case MONTE_CARLO, CONFIRM_ONLY -> Evaluation.explore(claim, values, settings, index);
            case CLOSED_FORM, INSTANCES -> Evaluation.instance(claim, values, settings, index, costCap);
            case ORDER -> Evaluation.order(claim, values, settings, index);
            case PROOF_STEP -> throw new IllegalStateException("a proof step is one evaluation");
        };
    }

    private Evaluation point(Map<String, Double> values) {
        return point(values, evaluations.size() + located);
    }

    /** Evaluates now, or, for a search whose points are independent and dear, queues for parallel evaluation. */
    private void evaluate(Map<String, Double> values) {
        if (mode.parallel) {
            pending.add(values);
        } else {
            evaluations.add(point(values).withU(space.coordinates(values)));
        }
    }

    /**
     * Evaluates the queued points on the search's threads; point {@code i} draws only from its own streams, so the
     * result does not depend on the number of threads.
     */
    private void evaluatePending() {
        int threads = MonteCarlo.resolveThreads(settings.threads());
        List<Map<String, Double>> queued = List.copyOf(pending);
        pending.clear();
        List<Evaluation> done = new ArrayList<>();
        if (threads <= 1 || queued.size() <= 1) {
            for (int i = 0; i < queued.size(); i++) {
                done.add(point(queued.get(i), i));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, queued.size()));
            try {
                List<Future<Evaluation>> futures = new ArrayList<>();
                for (int i = 0; i < queued.size(); i++) {
                    int index = i;
                    futures.add(pool.submit(() -> point(queued.get(index), index)));
                }
                for (Future<Evaluation> f : futures) {
                    done.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (Evaluation e : done) {
            evaluations.add(e.withU(space.coordinates(e.values())));
        }
    }

    /** The claim's default grid first: the regression points its author chose, at most a quarter of the budget. */
    private void gridPoints() {
        for (ParameterPoint p : claim.defaultGrid()) {
            if (spent() || grid >= budget / 4) {
                return;
            }
            grid++;
            evaluate(p.values());
        }
    }

    /**
     * Every member of every case family (the degenerate datasets, test points or directions a statement admits) at
     * the first and the last default-grid point: at most half the budget.
     */
    private void caseFamilies() {
        List<ParameterPoint> gridPoints = claim.defaultGrid();
        List<ParameterPoint> bases = gridPoints.size() == 1 ? gridPoints
                : List.of(gridPoints.get(0), gridPoints.get(gridPoints.size() - 1));
        for (SearchSpace.Axis a : space.axes()) {
            for (int member = 0; member < a.spec().cases().size(); member++) {
                for (ParameterPoint base : bases) {
                    if (spent() || degenerate >= budget / 2) {
                        return;
                    }
                    Map<String, Double> values = new LinkedHashMap<>(base.values());
                    if (values.get(a.spec().name()) == member) {
                        continue;   // a grid point already
                    }
                    values.put(a.spec().name(), (double) member);
                    degenerate++;
                    evaluate(values);
                }
            }
        }
    }

    /** Range ends of every axis (with 0 where it is printed), then each axis at quarter points and smallest values. */
    private void cornersAndFamilies() {
        List<SearchSpace.Axis> axes = space.axes();
        List<List<Double>> ends = new ArrayList<>();
        for (SearchSpace.Axis a : axes) {
            List<Double> e = new ArrayList<>();
            if (a.zeroAlso()) {
                e.add(0.0);
            }
            e.add(a.lo());
            if (a.hi() != a.lo()) {
                e.add(a.hi());
            }
            ends.add(e);
        }
        for (Map<String, Double> corner : product(axes, ends)) {
            if (spent() || corners >= budget / 4) {
                return;
            }
            corners++;
            evaluate(corner);
        }
        for (int i = 0; i < axes.size(); i++) {
            SearchSpace.Axis a = axes.get(i);
            List<Double> inner = new ArrayList<>();
            for (double u : new double[] {0.25, 0.5, 0.75}) {
                inner.add(a.value(u));
            }
            if (a.spec().integer()) {
                for (double v = a.lo() + 1; v <= Math.min(a.hi(), a.lo() + 2); v++) {
                    inner.add(v);
                }
            }
            List<List<Double>> choice = new ArrayList<>(ends);
            choice.set(i, inner.stream().distinct().toList());
            for (Map<String, Double> p : product(axes, choice)) {
                if (spent() || families >= budget / 4) {
                    return;
                }
                families++;
                evaluate(p);
            }
        }
    }

    private static List<Map<String, Double>> product(List<SearchSpace.Axis> axes, List<List<Double>> choices) {
        List<Map<String, Double>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (int i = 0; i < axes.size(); i++) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> partial : out) {
                for (double v : choices.get(i)) {
                    Map<String, Double> m = new LinkedHashMap<>(partial);
                    m.put(axes.get(i).spec().name(), v);
                    next.add(m);
                }
                if (next.size() > 4096) {
                    break;
                }
            }
            out = next;
        }
        return out;
    }

    private void interior(SobolSequenceGenerator sobol, int until) {
        if (sobol == null) {
            return;
        }
        if (interior == 0) {
            sobol.nextVector();   // the first point is the origin, a corner already tried
        }
        while (proposed() < until) {
            interior++;
            evaluate(space.values(sobol.nextVector()));
        }
    }

    /** Nelder–Mead in the unit cube from the best decided candidates, each start with an equal share of the rest. */
    private void refine(int k) {
        if (k == 0 || spent()) {
            return;
        }
        List<Evaluation> starts = evaluations.stream().filter(e -> e.status().decided() && e.u() != null)
                .sorted(Comparator.comparingDouble(Evaluation::margin).reversed()).limit(2).toList();
        for (int s = 0; s < starts.size() && !spent(); s++) {
            int share = (budget - evaluations.size()) / (starts.size() - s);
            if (share < k + 2) {
                return;
            }
            int before = evaluations.size();
            SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-12);
            try {
                optimizer.optimize(new MaxEval(share), GoalType.MAXIMIZE, new InitialGuess(starts.get(s).u()),
                        new NelderMeadSimplex(k, 0.1), new ObjectiveFunction(u -> {
                            double[] clamped = new double[u.length];
                            for (int i = 0; i < u.length; i++) {
                                clamped[i] = Math.min(1, Math.max(0, u[i]));
                            }
                            Evaluation e = point(space.values(clamped)).withU(clamped);
                            evaluations.add(e);
                            return e.status().decided() ? Math.max(-1e300, e.margin()) : -1e300;
                        }));
            } catch (MathIllegalStateException maxEvalReached) {
                // the share is spent: the best point found is among the evaluations
            }
            refinement += evaluations.size() - before;
        }
    }

    /** Bisection in the unit cube between the worst failing point and the nearest decided point that holds. */
    private Optional<Boundary> boundary(Evaluation failing) {
        double[] f = failing.u();
        Evaluation holding = null;
        double best = Double.POSITIVE_INFINITY;
        for (Evaluation e : evaluations) {
            if (e.status() == Evaluation.Status.HOLDS && e.u() != null && f != null) {
                double dist = 0;
                for (int i = 0; i < f.length; i++) {
                    dist += (e.u()[i] - f[i]) * (e.u()[i] - f[i]);
                }
                if (dist < best) {
                    best = dist;
                    holding = e;
                }
            }
        }
        if (holding == null) {
            return Optional.empty();
        }
        double[] pass = holding.u().clone();
        double[] fail = f.clone();
        for (int step = 0; step < 30; step++) {
            double[] mid = new double[pass.length];
            for (int i = 0; i < mid.length; i++) {
                mid[i] = 0.5 * (pass[i] + fail[i]);
            }
            Evaluation e = point(space.values(mid));
            located++;
            if (e.status() == Evaluation.Status.FAILS) {
                fail = mid;
            } else if (e.status() == Evaluation.Status.HOLDS) {
                pass = mid;
            } else {
                break;
            }
        }
        return Optional.of(new Boundary(space.values(pass), space.values(fail)));
    }

    /** The simplest failing point: each integer pushed down, each real rounded, while the claim still fails. */
    private Evaluation shrink(Evaluation failing) {
        Evaluation current = failing;
        for (int pass = 0; pass < 3; pass++) {   // a later axis may free an earlier one (d > ell)
            Evaluation before = current;
            current = shrinkOnce(current);
            if (current.values().equals(before.values())) {
                break;
            }
        }
        return current;
    }

    private Evaluation shrinkOnce(Evaluation failing) {
        Evaluation current = failing;
        for (SearchSpace.Axis a : space.axes()) {
            String name = a.spec().name();
            double v = current.values().get(name);
            if (a.spec().integer()) {
                double lo = a.zeroAlso() ? 0 : a.lo();
                double hi = v;   // fails; find a smaller failing value, exact where failure is monotone in this axis
                for (double small = lo; small <= lo + 1 && small < hi; small++) {   // parity-like failures too
                    Evaluation e = tryValue(current, name, small);
                    if (e != null) {
                        hi = small;
                        current = e;
                        break;
                    }
                }
                while (lo < hi) {
                    double mid = Math.floor((lo + hi) / 2);
                    Evaluation e = tryValue(current, name, mid);
                    if (e != null) {
                        hi = mid;
                        current = e;
                    } else {
                        lo = mid + 1;
                    }
                }
            } else {
                current = towardTheMiddle(current, a);
                v = current.values().get(name);
                for (int digits = 1; digits <= 3; digits++) {
                    double r = Double.parseDouble(String.format(Locale.ROOT, "%." + (digits - 1) + "e", v));
                    Evaluation e = r != v ? tryValue(current, name, r) : null;
                    if (e != null) {
                        current = e;
                        break;
                    }
                }
            }
        }
        return current;
    }

    /**
     * Moves a real parameter by decades from its value toward the middle of its axis while the claim still fails, so
     * that a failure found at an extreme ({@code gamma = 1e-9}) is reported at the least extreme round value.
     */
    private Evaluation towardTheMiddle(Evaluation failing, SearchSpace.Axis a) {
        String name = a.spec().name();
        double v = failing.values().get(name);
        double middle = a.value(0.5);
        if (!(v > 0) || a.scale() == SearchSpace.Scale.LINEAR) {
            return failing;
        }
        Evaluation current = failing;
        double step = middle > v ? 10 : 0.1;
        double next = Math.pow(10, middle > v ? Math.ceil(Math.log10(v) + 1e-9) : Math.floor(Math.log10(v) - 1e-9));
        while (middle > v ? next <= middle : next >= middle) {
            Evaluation e = tryValue(current, name, next);
            if (e == null) {
                break;
            }
            current = e;
            next *= step;
        }
        return current;
    }

    private Evaluation tryValue(Evaluation base, String name, double value) {
        Map<String, Double> values = new LinkedHashMap<>(base.values());
        values.put(name, value);
        Evaluation e = point(values);
        located++;
        return e.status() == Evaluation.Status.FAILS ? e : null;
    }

    static String text(Map<String, Double> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + Formats.plain(v)));
        return String.join(" ", parts);
    }

    /**
     * One evaluated point.
     *
     * @param values parameter values
     * @param u its unit-cube coordinates when it came from them (Sobol, refinement), else {@code null}
     * @param status what the point is
     * @param margin the signed margin (positive: the claim fails), {@code NaN} unless decided
     * @param detail the numbers behind the margin
     */
    public record Evaluation(Map<String, Double> values, double[] u, Status status, double margin, String detail) {

        /** What an evaluated point is. */
        public enum Status {
            /** Outside the printed relations between parameters. */
            OUTSIDE(false),
            /** A printed hypothesis fails here. */
            NOT_APPLICABLE(false),
            /** The stated bound is at least 1. */
            VACUOUS(false),
            /** Dearer to evaluate than the dearest point of the claim's default grid (the search's cost model). */
            TOO_DEAR(false),
            /**
             * Not decided here: only a rigorous upper bound above the stated bound (a simulation would decide), or a
             * stated bound below the normal double range.
             */
            UNDECIDED(false),
            /** The suite could not evaluate this admissible point (an exception): a defect of the suite. */
            ERROR(false),
            /** The claim holds here. */
            HOLDS(true),
            /** The claim fails here. */
            FAILS(true);

            private final boolean decided;

            Status(boolean decided) {
                this.decided = decided;
            }

            /** @return whether the point decides the claim */
            public boolean decided() {
                return decided;
            }
        }

        Evaluation withU(double[] coordinates) {
            return new Evaluation(values, coordinates, status, margin, detail);
        }

        static Evaluation of(Claim claim, Map<String, Double> values) {
            return guarded(values, () -> evaluate(claim, values));
        }

        /**
         * @return the evaluation, or {@code OUTSIDE} when the point breaks a printed relation, or {@code ERROR} when the
         *         suite cannot evaluate an admissible point (its own defect)
         */
        private static Evaluation guarded(Map<String, Double> values, java.util.function.Supplier<Evaluation> body) {
            try {
                return body.get();
            } catch (ReluSpecArgumentException outside) {
                return new Evaluation(values, null, Status.OUTSIDE, Double.NaN, outside.getMessage());
            } catch (RuntimeException e) {
                return new Evaluation(values, null, Status.ERROR, Double.NaN, e.getClass().getSimpleName() + ": "
                        + e.getMessage());
            }
        }

        /**
         * A point of a Monte Carlo claim, explored on the search's own streams: {@code FAILS} when the one-sided 90%
         * Clopper–Pearson lower bound exceeds the stated bound (a candidate for confirmation on fresh streams, not
         * a finding), and the margin is {@code ln(estimate / bound)} with the estimate {@code (k + 1/2)/(n + 1)}.
         */
        static Evaluation explore(Claim claim, Map<String, Double> values, Settings settings, int index) {
            return guarded(values, () -> {
                Admitted a = admit(claim, values);
                if (a.stop() != null) {
                    return a.stop();
                }
                ProbabilisticClaim pc = (ProbabilisticClaim) claim;
                ParameterPoint p = a.point();
                double bound = a.bound();
                long n = Math.max(CheckSettings.MIN_TRIALS, Math.min(EXPLORATION_TRIALS,
                        (long) Math.floor(EXPLORATION_WORK / Math.max(1, pc.costPerTrial(p)))));
                long k = MonteCarlo.count(() -> pc.newFailureEvent(p), new TrialStreams(settings.seed(),
                        claim.key() + "/search", index), n, settings.threads()).failures();
                double lower = ClopperPearson.lower(k, n, 0.9);
                double margin = Math.log((k + 0.5) / (n + 1)) - Math.log(bound);
                String detail = k + "/" + n + " failures on the search streams (90% lower bound "
                        + Formats.fourDigits(lower) + ") vs " + pc.boundFormula() + " = " + Formats.fourDigits(bound);
                return new Evaluation(values, null, lower > bound ? Status.FAILS : Status.HOLDS, margin, detail);
            });
        }

        /**
         * A point inside the printed domain, its hypotheses and a decidable bound, or the evaluation that stops it
         * there (a failing hypothesis, a vacuous or an unrepresentable bound).
         */
        private record Admitted(ParameterPoint point, double bound, Evaluation stop) {
        }

        private static Admitted admit(Claim claim, Map<String, Double> values) {
            ParameterPoint p = ParameterPoint.of(claim, values);   // outside the relations: guarded() says OUTSIDE
            Evaluation stop = failedHypothesis(claim, p, values);
            if (stop != null) {
                return new Admitted(p, Double.NaN, stop);
            }
            ProbabilisticClaim pc = (ProbabilisticClaim) claim;
            double bound = pc.statedBound(p);
            if (!(bound < 1)) {
                return new Admitted(p, bound, new Evaluation(values, null, Status.VACUOUS, Double.NaN,
                        pc.boundFormula() + " = " + bound));
            }
            if (bound < Double.MIN_NORMAL) {   // a subnormal or zero bound: p and B are no longer comparable in double
                return new Admitted(p, bound, new Evaluation(values, null, Status.UNDECIDED, Double.NaN,
                        pc.boundFormula() + " = " + bound + " underflows double precision"));
            }
            return new Admitted(p, bound, null);
        }

        /** @return {@code NOT_APPLICABLE} naming the first printed hypothesis that fails at p, or {@code null} */
        private static Evaluation failedHypothesis(Claim claim, ParameterPoint p, Map<String, Double> values) {
            List<HypothesisResult> failed = claim.hypotheses(p).stream().filter(h -> !h.holds() && h.printed())
                    .toList();
            return failed.isEmpty() ? null : new Evaluation(values, null, Status.NOT_APPLICABLE, Double.NaN,
                    failed.get(0).id() + " fails: " + failed.get(0).text());
        }

        /**
         * A point of a deterministic claim: {@code FAILS} when the printed relation fails on the instances drawn from
         * the search's streams of this point (a counterexample, replayable from the seed and the point's index).
         */
        static Evaluation instance(Claim claim, Map<String, Double> values, Settings settings, int index,
                                   double costCap) {
            return guarded(values, () -> {
                DeterministicClaim dc = (DeterministicClaim) claim;
                ParameterPoint p = ParameterPoint.of(claim, values);
                double cost = dc.evaluationCost(p);
                if (cost > costCap) {
                    return new Evaluation(values, null, Status.TOO_DEAR, Double.NaN, "cost " + Formats.plain(cost)
                            + " > " + Formats.plain(costCap));
                }
                Evaluation stop = failedHypothesis(claim, p, values);
                if (stop != null) {
                    return stop;
                }
                DeterministicOutcome o = dc.evaluate(p, new TrialStreams(settings.seed(), claim.key() + "/search",
                        index));
                if (!o.instanceFound()) {
                    return new Evaluation(values, null, Status.NOT_APPLICABLE, Double.NaN, "no instance meeting the "
                            + "hypotheses was drawn: " + o.detail());
                }
                String detail = o.relation() + ": " + Formats.fourDigits(o.lhs()) + (o.holds() ? " holds against "
                        : " FAILS against ") + Formats.fourDigits(o.rhs()) + (o.detail().isEmpty() ? ""
                        : " (" + o.detail() + ")");
                return new Evaluation(values, null, o.holds() ? Status.HOLDS : Status.FAILS, o.margin(), detail);
            });
        }

        /**
         * A point of an order claim: a sweep on the search's streams of this point, {@code FAILS} (a candidate for
         * confirmation, not a finding) when the exponent's 90% interval lies beyond the claimed order.
         */
        static Evaluation order(Claim claim, Map<String, Double> values, Settings settings, int index) {
            return guarded(values, () -> {
                ParameterPoint p = ParameterPoint.of(claim, values);
                Evaluation stop = failedHypothesis(claim, p, values);
                if (stop != null) {
                    return stop;
                }
                ScalingCheck.Measured m = ScalingCheck.measure((ScalingClaim) claim, p, new TrialStreams(
                        settings.seed(), claim.key() + "/search", index), ORDER_EXPLORATION_ALPHA);
                return new Evaluation(values, null, m.inconsistent() ? Status.FAILS : Status.HOLDS, m.margin(),
                        m.order().text() + ": " + m.detail());
            });
        }

        private static Evaluation evaluate(Claim claim, Map<String, Double> values) {
            Admitted a = admit(claim, values);
            if (a.stop() != null) {
                return a.stop();
            }
            ProbabilisticClaim pc = (ProbabilisticClaim) claim;
            ParameterPoint p = a.point();
            double bound = a.bound();
            Optional<ExactProbability> reference = pc.exactFailure(p);
            if (reference.isEmpty()) {
                return new Evaluation(values, null, Status.UNDECIDED, Double.NaN, "no exact reference at this point");
            }
            ExactProbability e = reference.get();
            // p = 0 here means p < 4.9e-324 <= B: it holds, with the margin of the smallest double
            double margin = Math.log(Math.max(e.value(), Double.MIN_VALUE)) - Math.log(bound);
            String detail = e.formula() + " = " + Formats.fourDigits(e.value()) + (margin > 0 ? " > " : " <= ")
                    + pc.boundFormula() + " = " + Formats.fourDigits(bound);
            if (!e.decides(bound)) {
                return new Evaluation(values, null, Status.UNDECIDED, margin, "rigorous upper bound " + detail);
            }
            return new Evaluation(values, null, margin > 0 ? Status.FAILS : Status.HOLDS, margin, detail);
        }
    }

    /**
     * The located boundary of the failure region: two points at most 2^-30 apart on a segment of the unit cube, one
     * holding and one failing.
     *
     * @param holds the last point that holds
     * @param fails the first point that fails
     */
    public record Boundary(Map<String, Double> holds, Map<String, Double> fails) {
        /** @return e.g. {@code "between n=12 (holds) and n=13 (fails)"} */
        public String text() {
            return "between " + Falsifier.text(holds) + " (holds) and " + Falsifier.text(fails) + " (fails)";
        }
    }
}
