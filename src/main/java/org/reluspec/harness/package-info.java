/**
 * The parallel, reproducible trial runner: per-trial streams and failure counting.
 * Layer: harness; imports {@code org.reluspec.stats}, {@code org.reluspec.util} and Commons RNG.
 */
package org.reluspec.harness;
