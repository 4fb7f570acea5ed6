/**
 * Datasets: sphere and subspace samplers, dataset files, IDX images, facts of a dataset.
 * Layer 2; imports {@code kernel}, {@code linalg}, {@code util}.
 */
package org.reluspec.data;
