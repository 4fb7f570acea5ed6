/**
 * The KKT verifier of a homogeneous network's max-margin problem (multipliers by NNLS, kink subgradients,
 * residual, slackness, balancedness) and exact KKT points. Layer 4; imports {@code train}, {@code data},
 * {@code util}.
 */
package org.reluspec.kkt;
