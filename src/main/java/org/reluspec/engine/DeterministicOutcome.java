package org.reluspec.engine;

/**
 * The conclusion of a deterministic claim evaluated on one instance: {@code lhs relation rhs}.
 *
 * @param holds whether the conclusion holds
 * @param lhs left side, evaluated
 * @param rhs right side, evaluated
 * @param relation the relation as printed, e.g. {@code "E|g|^q <= (q-1)!!"}
 * @param detail the instance or the worst case found, in words
 */
public record DeterministicOutcome(boolean holds, double lhs, double rhs, String relation, String detail) {
}
