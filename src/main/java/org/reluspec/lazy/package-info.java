/**
 * The lazy regime: the network with fixed output signs, the ball {@code B_{2,inf}(W0, V)}, the exact sup and inf
 * of f over it, the smallest flipping gradient step, the largest gradient change along a segment, lazy training.
 * The network and the ball are views over the kernel: pre-activations, value, input gradient, the SGD update and
 * the projection's row shrink are kernel methods with contracts, or have their bits several rows or terms at a time
 * ({@code linalg.RowDots}, {@code linalg.Axpys}); BLAS products are checked against them.
 * Layer 4; imports {@code kernel}, {@code linalg}, {@code train}, {@code data}, {@code util}.
 */
package org.reluspec.lazy;
