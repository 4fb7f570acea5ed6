package org.reluspec.proofs;

/**
 * The outcome of one proof obligation.
 *
 * @param key stable name, {@code Class::method(params) kind index}, e.g.
 *            {@code CoordinateProjections::split([D,int,[D,[D) normal_behavior 0}
 * @param status what happened
 * @param openAfterAuto open goals after KeY's auto mode
 * @param closedByZ3Fp goals closed by Z3 with the floating-point translation
 * @param closedByZ3 goals closed by Z3 with the default translation
 * @param closedByCvc5 goals closed by cvc5 (third, on what Z3 left; fused float goals Z3 times out on)
 * @param instances quantifier instances added at Skolem constants after the solvers (see {@link KernelProver})
 * @param openGoals goals left open at the end
 * @param nodes proof nodes
 * @param seconds wall-clock seconds
 */
public record ContractResult(String key, Status status, int openAfterAuto, int closedByZ3Fp, int closedByZ3,
                             int closedByCvc5, int instances, int openGoals, int nodes, double seconds) {

    /** Outcome of a proof obligation. */
    public enum Status {
        /** All goals closed (by KeY's rules, possibly with Z3 on leftover goals). */
        CLOSED,
        /** Goals remain open. */
        OPEN,
        /** Not decided because Z3 is not installed: leftover goals were never sent to a solver. */
        NOT_CHECKED_NO_Z3
    }

    /** @return the class-and-method part of the key, e.g. {@code CoordinateProjections::split} */
    public String method() {
        int paren = key.indexOf('(');
        return paren < 0 ? key : key.substring(0, paren);
    }
}
