/**
 * Orthonormal frames and data subspaces (Haar rotations, projections). Layer 1; imports {@code util} and Hipparchus.
 */
package org.reluspec.linalg;
