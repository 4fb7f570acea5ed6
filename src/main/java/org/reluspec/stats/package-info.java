/**
 * Exact references from two independent libraries (Hipparchus, Apache Commons Statistics), Clopper–Pearson bounds,
 * and Holm's family-wise error control.
 * Layer: statistics; imports Hipparchus, Commons Statistics and {@code org.reluspec.util}.
 */
package org.reluspec.stats;
