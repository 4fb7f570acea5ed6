package org.reluspec.experiments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reluspec.work.Checkpoint;
import org.reluspec.work.ShardedRun;

/**
 * An experiment run as units of work: every (configuration, seed) unit of every chosen experiment, each valued as the
 * exact bits of its numbers. Experiments that run as one piece have no units; the assembling run computes them.
 */
public final class ExperimentPlan implements ShardedRun {

    private final Experiment.Run run;
    private final Map<String, Supplier<double[]>> units = new LinkedHashMap<>();
    private final List<Experiment> whole = new ArrayList<>();

    /**
     * @param experiments the chosen experiments
     * @param run the run (its units are not used: the plan's units are computed where the plan says)
     */
    public ExperimentPlan(List<Experiment> experiments, Experiment.Run run) {
        this.run = run;
        for (Experiment e : experiments) {
            List<Experiment.Unit> list = e.units(run);
            if (list.isEmpty()) {
                whole.add(e);
            }
            for (Experiment.Unit u : list) {
                if (units.putIfAbsent(u.address(), u.work()) != null) {
                    throw new IllegalStateException(e.id() + " lists the unit " + u.address() + " twice");
                }
            }
        }
    }

    /**
     * @param run a run
     * @return every setting a unit's numbers depend on
     */
    public static String runKey(Experiment.Run run) {
        return "size=" + run.size().label() + " seed=" + run.seed() + " seeds=" + run.seeds() + " products="
                + run.products().label();
    }

    @Override
    public String key() {
        return runKey(run);
    }

    @Override
    public List<String> addresses() {
        return List.copyOf(units.keySet());
    }

    @Override
    public ObjectNode compute(String address) {
        Supplier<double[]> work = units.get(address);
        if (work == null) {
            throw new IllegalArgumentException("no unit " + address + " in this run");
        }
        return Checkpoint.bits(work.get());
    }

    /** @return the chosen experiments that run as one piece (no units to distribute) */
    public List<Experiment> whole() {
        return List.copyOf(whole);
    }
}
