package org.reluspec.engine;

import java.util.List;

/**
 * A numbered claim of one of the three papers, made executable: identity, parameters, hypotheses, default grid.
 * The conclusion is given by a sub-interface ({@link ProbabilisticClaim}; deterministic claims follow).
 */
public interface Claim {

    /** @return the printed statement this claim is a variant of: id, source, statement, domain, hypotheses, bound */
    Theorem theorem();

    /** @return the id exactly as in the catalogue, e.g. {@code "MYV-B.1"} */
    default String id() {
        return theorem().id();
    }

    /** @return the variant: {@code "as-printed"}, {@code "as-proved"} or a named reading of garbled text */
    String variant();

    /** @return where the claim is printed (the theorem's source, or the proof or reading this variant checks) */
    default Source source() {
        return theorem().source();
    }

    /** @return the statement in the suite's words, formulas in ASCII (the theorem's, or this variant's reading) */
    default String statement() {
        return theorem().statement();
    }

    /** @return the parameters, in display order */
    List<ParameterSpec> parameters();

    /** @return the default grid: interior and edges of the admissible parameter space (DESIGN.md section 4) */
    List<ParameterPoint> defaultGrid();

    /**
     * @param point a validated parameter point
     * @return every hypothesis, each evaluated separately
     */
    List<HypothesisResult> hypotheses(ParameterPoint point);

    /**
     * Checks relations between parameters that make a point malformed (e.g. {@code d <= ell}); called by
     * {@link ParameterPoint#of(Claim, java.util.Map)} after each value passed its own range.
     *
     * @param point the point, each value already in range
     * @throws org.reluspec.util.ReluSpecArgumentException {@code PARAMETER_RELATION} naming the relation
     */
    default void validateRelations(ParameterPoint point) {
    }

    /**
     * The parameters that describe a setting (dimensions, width, confidence), as opposed to details of how the suite
     * checks the claim (steps of a training run, the sign of a test point). {@code reluspec assumptions} evaluates a
     * claim when all of these are given, and takes the others from the first point of the default grid.
     *
     * @return the setting's parameter names; by default every parameter
     */
    default List<String> settingParameters() {
        return parameters().stream().map(ParameterSpec::name).toList();
    }

    /** @return {@code id} plus the variant, the key that names this claim's random streams */
    default String key() {
        return id() + "/" + variant();
    }
}
