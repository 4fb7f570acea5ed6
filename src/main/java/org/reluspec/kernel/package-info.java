/**
 * The statically verified numeric core: vector operations, coordinate projections, the depth-2 ReLU network in
 * flat row-major layout (the three papers' networks are views over it), stable losses, the training steps and the
 * lazy ball's row shrink, the KKT check's decisions, each with JML contracts that KeY proves inside
 * {@code mvn verify} (see {@code proofs-checks/}).
 *
 * <p>Layer: bottom. May import nothing outside {@code java.lang}. Java-5-level syntax only (no generics, lambdas,
 * records, {@code var}, enhanced switch, annotations), because one unsupported file fails KeY's whole load.
 * No {@code java.lang.Math} in code whose contracts are proved: KeY's stubs differ from the JDK on NaN and
 * {@code -0.0} and lack contracts for {@code sqrt}, {@code exp} and {@code log}. One exception, for speed:
 * {@code Math.max(0.0, t)}, on which KeY's stub and the JDK agree on every double (a test checks it).
 */
package org.reluspec.kernel;
