package org.reluspec.falsify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.util.Formats;

/**
 * A claim's printed parameter domain in search coordinates: each parameter is an axis {@code u in [0, 1]} mapped to
 * its value on a linear, logarithmic or logit scale, integers rounded. Where the printed range is unbounded the
 * search covers a stated box ({@link #UNBOUNDED_LOW} to {@link #UNBOUNDED_HIGH} for scales); the box is part of every
 * search's coverage statement, so a pass never reads wider than what was searched.
 */
public final class SearchSpace {

    /** Smallest value searched for a parameter printed as {@code > 0} (a scale). */
    public static final double UNBOUNDED_LOW = 1e-6;

    /** Largest value searched for a parameter printed without an upper end. */
    public static final double UNBOUNDED_HIGH = 1e6;

    /** Distance from the ends searched for a parameter printed on an open interval. */
    public static final double OPEN_END = 1e-9;

    /** How an axis maps {@code u} to a value. */
    enum Scale { LINEAR, LOG, LOGIT }

    /**
     * One parameter as an axis.
     *
     * @param spec the printed parameter
     * @param lo the value at {@code u = 0}
     * @param hi the value at {@code u = 1}
     * @param scale the mapping
     * @param zeroAlso whether the printed range includes 0 below a logarithmic axis (searched as an extra corner)
     */
    record Axis(ParameterSpec spec, double lo, double hi, Scale scale, boolean zeroAlso) {

        double value(double u) {
            double t = Math.min(1, Math.max(0, u));
            double v = switch (scale) {
                case LINEAR -> lo + t * (hi - lo);
                case LOG -> t == 0 ? lo : t == 1 ? hi : Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo)));
                case LOGIT -> {
                    double a = Math.log(lo / (1 - lo));
                    double b = Math.log(hi / (1 - hi));
                    double z = a + t * (b - a);
                    yield t == 0 ? lo : t == 1 ? hi : 1 / (1 + Math.exp(-z));
                }
            };
            return spec.integer() ? Math.min(hi, Math.max(lo, Math.rint(v))) : v;
        }

        /** @return the coordinate of {@code v} on this axis, or NaN for the extra 0 of a logarithmic axis */
        double coordinate(double v) {
            if (hi == lo) {
                return 0;
            }
            return switch (scale) {
                case LINEAR -> (v - lo) / (hi - lo);
                case LOG -> v <= 0 ? Double.NaN : (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
                case LOGIT -> {
                    double a = Math.log(lo / (1 - lo));
                    double b = Math.log(hi / (1 - hi));
                    yield v <= 0 || v >= 1 ? Double.NaN : (Math.log(v / (1 - v)) - a) / (b - a);
                }
            };
        }

        String describe() {
            String range = Formats.plain(lo) + ".." + Formats.plain(hi);
            return spec.name() + " in " + range + " (" + scale.name().toLowerCase(java.util.Locale.ROOT)
                    + (spec.integer() ? ", integer" : "") + (zeroAlso ? ", and 0" : "") + ")";
        }
    }

    private final List<Axis> axes;

    private SearchSpace(List<Axis> axes) {
        this.axes = List.copyOf(axes);
    }

    /**
     * @param claim a claim
     * @return its printed parameters as search axes
     */
    public static SearchSpace of(Claim claim) {
        List<Axis> axes = new ArrayList<>();
        for (ParameterSpec s : claim.parameters()) {
            axes.add(axis(s));
        }
        return new SearchSpace(axes);
    }

    /**
     * The box spanned by the claim's default grid, inside its printed domain (with every member of a case family):
     * the region a search covers when each point costs a simulation or a training run. Said in every such search's coverage; the rest of the domain is not searched there.
     *
     * @param claim a claim
     * @return the grid's bounding box as search axes
     */
    public static SearchSpace gridBox(Claim claim) {
        List<Axis> axes = new ArrayList<>();
        for (ParameterSpec s : claim.parameters()) {
            Axis full = axis(s);
            if (!s.cases().isEmpty()) {   // a quantified object: every member is in the searched region
                axes.add(full);
                continue;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (var p : claim.defaultGrid()) {
                lo = Math.min(lo, p.get(s.name()));
                hi = Math.max(hi, p.get(s.name()));
            }
            if (lo == hi) {   // one value on the grid (0 included): the box is that value
                axes.add(new Axis(s, lo, hi, Scale.LINEAR, false));
                continue;
            }
            boolean zero = full.zeroAlso() && lo == 0;
            double low = zero ? full.lo() : lo;
            double high = Math.max(low, hi);
            Scale scale = full.scale() == Scale.LOG && low > 0 && high / low >= 16 ? Scale.LOG
                    : full.scale() == Scale.LOGIT && low > 0 && high < 1 ? Scale.LOGIT : Scale.LINEAR;
            axes.add(new Axis(s, low, high, scale, zero && high > low));
        }
        return new SearchSpace(axes);
    }

    static Axis axis(ParameterSpec s) {
        double lo = s.minInclusive() ? s.min() : s.integer() ? Math.floor(s.min()) + 1 : s.min();
        double hi = s.maxInclusive() ? s.max() : s.integer() ? Math.ceil(s.max()) - 1 : s.max();
        if (s.integer()) {
            if (lo >= 1 && hi / lo >= 16) {
                return new Axis(s, lo, hi, Scale.LOG, false);
            }
            if (lo == 0 && hi >= 16) {
                return new Axis(s, 1, hi, Scale.LOG, true);
            }
            return new Axis(s, lo, hi, Scale.LINEAR, false);
        }
        boolean zeroIncluded = s.min() == 0 && s.minInclusive();
        if (s.min() >= 0 && !s.maxInclusive() && s.max() == 1 && s.min() == 0) {
            return new Axis(s, OPEN_END, 1 - OPEN_END, Scale.LOGIT, zeroIncluded);
        }
        if (s.min() >= 0) {
            double low = s.min() > 0 ? (s.minInclusive() ? s.min() : s.min() * (1 + OPEN_END)) : UNBOUNDED_LOW;
            double high = Double.isInfinite(s.max()) ? Math.max(UNBOUNDED_HIGH, 10 * low)
                    : s.maxInclusive() ? s.max() : s.max() * (1 - OPEN_END);
            return high / low >= 16 ? new Axis(s, low, high, Scale.LOG, zeroIncluded)
                    : new Axis(s, low, high, Scale.LINEAR, zeroIncluded);
        }
        double low = Double.isInfinite(s.min()) ? -UNBOUNDED_HIGH : s.min();
        double high = Double.isInfinite(s.max()) ? UNBOUNDED_HIGH : s.max();
        return new Axis(s, low, high, Scale.LINEAR, false);
    }

    /** @return the number of axes */
    public int dimension() {
        return axes.size();
    }

    List<Axis> axes() {
        return axes;
    }

    /**
     * @param u a point of the unit cube, one coordinate per axis
     * @return the parameter values there (not yet validated against the claim's relations)
     */
    public Map<String, Double> values(double[] u) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            out.put(axes.get(i).spec().name(), axes.get(i).value(u[i]));
        }
        return out;
    }

    /**
     * @param values parameter values
     * @return their unit-cube coordinates, or {@code null} when one has none (the extra 0 of a logarithmic axis)
     */
    public double[] coordinates(Map<String, Double> values) {
        double[] u = new double[axes.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = axes.get(i).coordinate(values.get(axes.get(i).spec().name()));
            if (Double.isNaN(u[i])) {
                return null;
            }
        }
        return u;
    }

    /** @return the region searched, in words */
    public String describe() {
        return axes.isEmpty() ? "no parameters" : String.join("; ", axes.stream().map(Axis::describe).toList());
    }
}
