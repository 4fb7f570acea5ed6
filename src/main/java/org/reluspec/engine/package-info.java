/**
 * The paper-free engine: the claim model (identity, typed parameters, hypotheses evaluated one by one,
 * conclusion), the {@link org.reluspec.engine.Theorem} value, the checks that turn a claim and a point into a
 * verdict, run-level Holm, coverage. Layer 5; imports {@code harness}, {@code stats}, {@code util}; never a paper.
 */
package org.reluspec.engine;
