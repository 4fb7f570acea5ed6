/**
 * Exact references from two independent libraries (Hipparchus, Apache Commons Statistics), Clopper–Pearson bounds,
 * Holm's family-wise error control, power-law fits. Layer 1; imports {@code util} and the two libraries.
 */
package org.reluspec.stats;
