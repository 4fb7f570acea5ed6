/**
 * The falsifier: a deterministic search of each claim's printed domain for its worst point (corners, edges and
 * small-value families, Sobol interior points, Nelder–Mead refinement, bisection to the failure boundary, shrinking).
 * Layer 6 (with {@code experiments}); imports {@code engine} and below, Hipparchus; never a paper.
 */
package org.reluspec.falsify;
