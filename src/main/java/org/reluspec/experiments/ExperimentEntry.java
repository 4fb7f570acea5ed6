package org.reluspec.experiments;

import java.util.List;

/**
 * An experiment of a paper as configurations with the hypotheses each satisfies or violates, whether or not the suite
 * reruns it.
 *
 * @param id e.g. {@code VYS-Fig1a}
 * @param source where the paper describes it
 * @param configurations its configurations with their hypotheses
 */
public record ExperimentEntry(String id, String source, List<Experiment.Configuration> configurations) {
}
