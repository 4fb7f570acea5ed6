/**
 * The experiment model: an experiment, its configurations with their hypotheses, its result.
 * Layer 6; imports {@code engine}.
 */
package org.reluspec.experiments;
