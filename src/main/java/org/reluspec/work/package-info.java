/**
 * Addressable work: a run split into units with stable addresses whose values merge exactly, so that a run computed
 * in shards (a job array, a cluster) or resumed after a kill is bit-identical to one computed in one go. Paper-free.
 * Layer 1; imports {@code util} and Jackson.
 */
package org.reluspec.work;
