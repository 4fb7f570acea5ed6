/**
 * The lazy regime of Wang, Ullah, Mianjy and Arora (WUMA): the network {@code f(x) = (1/sqrt m) sum_s a_s relu(w_s.x)}
 * with fixed output signs, the ball {@code B_{2,inf}(W0, V)} around its initialization, the exact tools the claims
 * need (the sup and inf of {@code f} over the ball, the smallest sign-flipping gradient step, the largest gradient
 * change along a segment) and lazy training. Layer: between {@code train} (the ray walk) and {@code claims};
 * imports {@code kernel}, {@code train}, {@code data} and {@code util}.
 */
package org.reluspec.lazy;
