package org.reluspec.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.reluspec.util.Formats;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/** An immutable assignment of values to a claim's parameters, in the claim's parameter order. */
public final class ParameterPoint {

    private final Map<String, Double> values;

    private ParameterPoint(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Validates {@code given} against the claim's parameters: every name must be known, every value admissible and
     * every parameter present.
     *
     * @param claim the claim
     * @param given the proposed values
     * @return the point
     * @throws ReluSpecArgumentException for an unknown, missing or inadmissible parameter
     */
    public static ParameterPoint of(Claim claim, Map<String, Double> given) {
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        for (ParameterSpec s : claim.parameters()) {
            specs.put(s.name(), s);
        }
        for (String name : given.keySet()) {
            if (!specs.containsKey(name)) {
                throw new ReluSpecArgumentException(Violation.UNKNOWN_PARAMETER, claim.id(), name, specs.keySet());
            }
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (ParameterSpec s : specs.values()) {
            Double v = given.get(s.name());
            if (v == null) {
                throw new ReluSpecArgumentException(Violation.PARAMETER_MISSING, claim.id(), s.name());
            }
            ordered.put(s.name(), s.validate(v));
        }
        ParameterPoint point = new ParameterPoint(ordered);
        claim.validateRelations(point);
        return point;
    }

    /**
     * @param claim the claim
     * @param names parameter names
     * @param values one row of values per point, in the order of {@code names}
     * @return the validated points
     */
    public static List<ParameterPoint> grid(Claim claim, String[] names, double[][] values) {
        List<ParameterPoint> out = new java.util.ArrayList<>();
        for (double[] row : values) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], row[i]);
            }
            out.add(of(claim, m));
        }
        return out;
    }

    /**
     * @param claim the claim
     * @param nameValuePairs alternating names and values, e.g. {@code "n", 64, "sigma", 1.0}
     * @return the validated point
     */
    public static ParameterPoint of(Claim claim, Object... nameValuePairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.put((String) nameValuePairs[i], ((Number) nameValuePairs[i + 1]).doubleValue());
        }
        return of(claim, m);
    }

    /**
     * @param name parameter name
     * @return its value
     */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("no parameter " + name + " in " + this);
        }
        return v;
    }

    /**
     * @param name an integer parameter's name
     * @return its value as an int
     */
    public int getInt(String name) {
        return Math.toIntExact((long) get(name));
    }

    /**
     * @param claim the claim, for the message
     * @param holds whether the relation holds
     * @param relation the relation, e.g. {@code "d > ell"}
     * @param names the parameters it involves, whose values go into the message
     * @throws ReluSpecArgumentException {@link Violation#PARAMETER_RELATION} when it does not hold
     */
    public void requireRelation(Claim claim, boolean holds, String relation, String... names) {
        if (!holds) {
            StringJoiner j = new StringJoiner(", ");
            for (String n : names) {
                j.add(n + " = " + Formats.plain(get(n)));
            }
            throw new ReluSpecArgumentException(Violation.PARAMETER_RELATION, relation, j.toString(), claim.id());
        }
    }

    /** @return the values by name, in the claim's order */
    public Map<String, Double> values() {
        return values;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ");
        values.forEach((k, v) -> j.add(k + "=" + Formats.plain(v)));
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterPoint p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
