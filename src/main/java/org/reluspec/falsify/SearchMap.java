package org.reluspec.falsify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.reluspec.engine.Claim;

/**
 * What the report draws for one search: the claim's margin over the two parameters that move it most (or the one,
 * for a one-parameter claim), with the search's points on top. For a search over the whole printed domain (an exact
 * reference or a closed form) the background is the margin itself, {@code ln(p / B)} or the relation's gap, on a
 * regular grid of the two axes with every other parameter at the worst point found; for a Monte Carlo, instance or
 * order search the evaluations are the only data, and the map shows where they were and what they found.
 *
 * @param key {@code id/variant}
 * @param x the horizontal axis
 * @param y the vertical axis, empty for a curve against one parameter
 * @param background the regular grid's cells (empty unless the search covered the whole domain)
 * @param points the search's evaluations
 * @param worst the worst decided point, if any
 */
public record SearchMap(String key, Axis x, Optional<Axis> y, List<Cell> background,
                        List<Falsifier.Evaluation> points, Optional<Falsifier.Evaluation> worst) {

    /** Cells per side of the background grid. */
    public static final int RESOLUTION = 40;

    /**
     * A drawn axis.
     *
     * @param name the parameter
     * @param lo its smallest value drawn
     * @param hi its largest
     * @param logarithmic whether the scale is logarithmic
     */
    public record Axis(String name, double lo, double hi, boolean logarithmic) {
    }

    /**
     * One background cell.
     *
     * @param x its horizontal value
     * @param y its vertical value ({@code NaN} on a curve)
     * @param status what the claim is there
     * @param margin the margin there ({@code NaN} unless decided)
     */
    public record Cell(double x, double y, Falsifier.Evaluation.Status status, double margin) {
    }

    /**
     * @param claim the searched claim
     * @param result its search
     * @param settings the search's settings (for evaluating the background)
     * @return the map, or empty when the search has no axis to draw
     */
    public static Optional<SearchMap> of(Claim claim, SearchResult result, Falsifier.Settings settings) {
        boolean whole = result.mode().wholeDomain();
        SearchSpace space = Falsifier.space(claim, result.mode());
        List<SearchSpace.Axis> moving = space.axes().stream().filter(a -> a.hi() > a.lo()).toList();
        if (moving.isEmpty() || result.points().isEmpty()) {
            return Optional.empty();
        }
        List<SearchSpace.Axis> ranked = rank(moving, result.points());
        SearchSpace.Axis ax = ranked.get(0);
        Optional<SearchSpace.Axis> ay = ranked.size() > 1 ? Optional.of(ranked.get(1)) : Optional.empty();
        List<Cell> cells = new ArrayList<>();
        Optional<Falsifier.Evaluation> worst = result.worst();
        if (whole && worst.isPresent()) {
            int ny = ay.isPresent() ? RESOLUTION : 1;
            int nx = ay.isPresent() ? RESOLUTION : 5 * RESOLUTION;
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    Map<String, Double> values = new LinkedHashMap<>(worst.get().values());
                    double vx = ax.value((i + 0.5) / nx);
                    values.put(ax.spec().name(), vx);
                    double vy = Double.NaN;
                    if (ay.isPresent()) {
                        vy = ay.get().value((j + 0.5) / ny);
                        values.put(ay.get().spec().name(), vy);
                    }
                    Falsifier.Evaluation e = Falsifier.evaluateAt(claim, values, settings);
                    cells.add(new Cell(vx, vy, e.status(), e.margin()));
                }
            }
        }
        return Optional.of(new SearchMap(result.key(), axis(ax), ay.map(SearchMap::axis), cells, result.points(),
                worst));
    }

    private static Axis axis(SearchSpace.Axis a) {
        return new Axis(a.spec().name(), a.lo(), a.hi(), a.scale() != SearchSpace.Scale.LINEAR && a.lo() > 0);
    }

    /**
     * The axes ordered by how much they move the margin: the absolute Spearman correlation of the axis coordinate with
     * the margin over the decided points (ties, and axes without decided variation, keep the claim's order).
     */
    private static List<SearchSpace.Axis> rank(List<SearchSpace.Axis> axes, List<Falsifier.Evaluation> points) {
        List<Falsifier.Evaluation> decided = points.stream().filter(e -> e.status().decided()
                && Double.isFinite(e.margin())).toList();
        Map<SearchSpace.Axis, Double> weight = new LinkedHashMap<>();
        for (SearchSpace.Axis a : axes) {
            double w = 0;
            if (decided.size() >= 3) {
                double[] u = new double[decided.size()];
                double[] m = new double[decided.size()];
                for (int i = 0; i < u.length; i++) {
                    u[i] = a.coordinate(decided.get(i).values().get(a.spec().name()));
                    m[i] = decided.get(i).margin();
                }
                if (java.util.Arrays.stream(u).allMatch(Double::isFinite)) {
                    double r = new SpearmansCorrelation().correlation(u, m);
                    w = Double.isFinite(r) ? Math.abs(r) : 0;
                }
            }
            weight.put(a, w);
        }
        List<SearchSpace.Axis> out = new ArrayList<>(axes);
        out.sort(Comparator.comparingDouble((SearchSpace.Axis a) -> weight.get(a)).reversed());
        return out;
    }
}
