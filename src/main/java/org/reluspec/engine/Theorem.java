package org.reluspec.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A numbered statement of a paper as printed, written once per catalogue id: where it is, what it says, its
 * parameters with exactly the printed domain, each hypothesis as a named function of the parameters, and the stated
 * bound. Every claim variant of the id refers to this one value ({@link Claim#theorem()}), and claims, experiment
 * configurations and {@code reluspec assumptions} evaluate the same {@link Hypothesis} objects, so neither a domain
 * nor a hypothesis can drift apart between them.
 *
 * @param id catalogue id
 * @param source where it is printed
 * @param statement the statement in the suite's words
 * @param parameters the parameters with their printed domain (a variant may add check parameters of its own)
 * @param hypotheses the hypotheses that depend on the parameters only, in the paper's order (a variant adds the
 *        ones its construction or trained network decides)
 * @param bound the stated failure probability, when the statement is probabilistic
 * @param note what of the theorem is encoded where (shown by {@code reluspec assumptions})
 */
public record Theorem(String id, Source source, String statement, List<ParameterSpec> parameters,
                      List<Hypothesis> hypotheses, Optional<Bound> bound, String note) {

    /**
     * A named hypothesis of a theorem.
     *
     * @param name the paper's name for it, e.g. {@code "H3"}
     * @param evaluate its value at given parameters (left side, right side, margin; or open, or by construction)
     */
    public record Hypothesis(String name, Function<Map<String, Double>, HypothesisResult> evaluate) {
    }

    /**
     * The stated bound on the failure probability, as printed.
     *
     * @param formula the bound as a formula, e.g. {@code "exp(-n/16)"}
     * @param value its value at given parameters (may be {@code >= 1}: vacuous)
     */
    public record Bound(String formula, ToDoubleFunction<Map<String, Double>> value) {
    }

    /** Copies the lists; checks that parameter and hypothesis names are unique. */
    public Theorem {
        parameters = List.copyOf(parameters);
        hypotheses = List.copyOf(hypotheses);
        if (parameters.stream().map(ParameterSpec::name).distinct().count() != parameters.size()
                || hypotheses.stream().map(Hypothesis::name).distinct().count() != hypotheses.size()) {
            throw new IllegalArgumentException(id + ": parameter or hypothesis names repeat");
        }
    }

    /**
     * @param id catalogue id
     * @param source where it is printed
     * @param statement the statement in the suite's words
     * @return the theorem with no parameters, hypotheses or bound yet
     */
    public static Theorem of(String id, Source source, String statement) {
        return new Theorem(id, source, statement, List.of(), List.of(), Optional.empty(), "");
    }

    /**
     * @param domain the parameters with their printed domain
     * @return a copy with these parameters
     */
    public Theorem withParameters(ParameterSpec... domain) {
        return new Theorem(id, source, statement, List.of(domain), hypotheses, bound, note);
    }

    /**
     * @param named the hypotheses, in the paper's order
     * @return a copy with these hypotheses
     */
    public Theorem withHypotheses(Hypothesis... named) {
        return new Theorem(id, source, statement, parameters, List.of(named), bound, note);
    }

    /**
     * @param formula the stated bound as printed
     * @param value its value
     * @return a copy with this bound
     */
    public Theorem withBound(String formula, ToDoubleFunction<Map<String, Double>> value) {
        return new Theorem(id, source, statement, parameters, hypotheses, Optional.of(new Bound(formula, value)),
                note);
    }

    /**
     * @param text what of the theorem is encoded where
     * @return a copy with this note
     */
    public Theorem withNote(String text) {
        return new Theorem(id, source, statement, parameters, hypotheses, bound, text);
    }

    /** @return the parameter names, in order */
    public List<String> parameterNames() {
        return parameters.stream().map(ParameterSpec::name).toList();
    }

    /**
     * @param name a parameter name
     * @return its spec
     * @throws IllegalArgumentException when the theorem has no such parameter (a programming error)
     */
    public ParameterSpec parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no parameter " + name));
    }

    /**
     * @param extra a variant's check parameters (not part of the printed statement)
     * @return the theorem's parameters followed by {@code extra}
     */
    public List<ParameterSpec> parametersAnd(ParameterSpec... extra) {
        List<ParameterSpec> all = new ArrayList<>(parameters);
        all.addAll(List.of(extra));
        return List.copyOf(all);
    }

    /**
     * @return the stated bound as printed
     * @throws IllegalStateException when the theorem states no bound (a programming error)
     */
    public String boundFormula() {
        return bound.orElseThrow(() -> new IllegalStateException(id + " states no bound")).formula();
    }

    /**
     * @param point a point with (at least) the bound's parameters
     * @return the stated bound there
     * @throws IllegalStateException when the theorem states no bound (a programming error)
     */
    public double statedBound(ParameterPoint point) {
        return bound.orElseThrow(() -> new IllegalStateException(id + " states no bound")).value()
                .applyAsDouble(point.values());
    }

    /**
     * @param setting values of (at least) the parameters the hypotheses read
     * @return every hypothesis evaluated there
     */
    public List<HypothesisResult> hypotheses(Map<String, Double> setting) {
        List<HypothesisResult> out = new ArrayList<>();
        for (Hypothesis h : hypotheses) {
            out.add(h.evaluate().apply(setting));
        }
        return out;
    }

    /**
     * @param name a hypothesis name
     * @param setting values of the parameters it reads
     * @return that hypothesis evaluated, its id qualified by the theorem's ({@code "VYS-T4.1 H3"}), for use outside
     *         the theorem's own claims
     */
    public HypothesisResult qualified(String name, Map<String, Double> setting) {
        HypothesisResult r = evaluate(name, setting);
        return new HypothesisResult(id + " " + r.id(), r.text(), r.holds(), r.lhs(), r.rhs(), r.margin());
    }

    /**
     * @param name a hypothesis name
     * @param setting values of the parameters it reads
     * @return that hypothesis evaluated
     * @throws IllegalArgumentException when the theorem has no such hypothesis (a programming error)
     */
    public HypothesisResult evaluate(String name, Map<String, Double> setting) {
        return hypotheses.stream().filter(h -> h.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no hypothesis " + name))
                .evaluate().apply(setting);
    }
}
