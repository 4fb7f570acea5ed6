/**
 * The parallel, reproducible trial runner: per-trial streams, failure counting, importance sampling.
 * Layer 2; imports {@code stats}, {@code util} and Commons RNG.
 */
package org.reluspec.harness;
