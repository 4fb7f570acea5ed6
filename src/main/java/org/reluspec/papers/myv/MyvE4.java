package org.reluspec.papers.myv;


import java.util.List;
import org.reluspec.experiments.Size;
import org.reluspec.data.Dataset;
import org.reluspec.data.ToyDatasets;
import org.reluspec.train.BiasedGd;
import org.reluspec.train.BiasedNetwork;

/**
 * MYV E.4 (F000 Fig. 5; F001 Fig. 3): a 5x5 grid in the x-y plane of R^3 (a linear subspace), width 400, biases,
 * both layers trained until margin 0.1: (1) default init, step 0.005; (2) default / 3, step 0.05; (3) default, step
 * 0.05, L2 0.005. The paper reports an "extreme robustness effect" in (2) and (3): the boundary is almost orthogonal
 * to the data plane.
 */
public final class MyvE4 extends BoundaryExperiment {

    @Override
    public String id() {
        return "MYV-E4";
    }

    @Override
    public String title() {
        return "5x5 grid in the plane z = 0 of R^3: off-plane boundary distance, vanilla vs small init vs L2";
    }

    @Override
    public String source() {
        return "F000 Fig. 5; F001 Fig. 3 (catalogue 6.1 E.4)";
    }

    @Override
    Dataset data() {
        return ToyDatasets.grid5x5(0);
    }

    @Override
    double[] offDirection() {
        return new double[] {0, 0, 1};
    }

    @Override
    double[] onDirection() {
        return new double[] {1, 0, 0};
    }

    @Override
    double factor() {
        return 2;
    }

    @Override
    public String paperScale() {
        return "the reduced size is the paper's (5x5 grid, width 400, the printed schedules)";
    }

    @Override
    List<Setup> setups(Size size) {
        return List.of(
                new Setup(new Configuration("(1) vanilla", "default init, GD step 0.005, margin 0.1",
                        MyvExperimentHypotheses.toy(true, false, false)),
                        rng -> BiasedNetwork.pytorchDefault(3, 400, 1, rng), new BiasedGd(0.005, 0, false, 50_000, 0.1)),
                new Setup(new Configuration("(2) init/3", "default init / 3, GD step 0.05, margin 0.1",
                        MyvExperimentHypotheses.toy(true, false, false)),
                        rng -> BiasedNetwork.pytorchDefault(3, 400, 3, rng), new BiasedGd(0.05, 0, false, 50_000, 0.1)),
                new Setup(new Configuration("(3) L2", "default init, GD step 0.05, logistic + 0.005 L2, margin 0.1",
                        MyvExperimentHypotheses.toy(true, true, false)),
                        rng -> BiasedNetwork.pytorchDefault(3, 400, 1, rng),
                        new BiasedGd(0.05, 0.005, false, 50_000, 0.1)));
    }
}
