/**
 * The lazy regime: the network with fixed output signs, the ball {@code B_{2,inf}(W0, V)}, the exact sup and inf
 * of f over it, the smallest flipping gradient step, the largest gradient change along a segment, lazy training.
 * Layer 4; imports {@code kernel}, {@code train}, {@code data}, {@code util}.
 */
package org.reluspec.lazy;
