package org.reluspec.papers.myv;


import java.util.List;
import org.reluspec.experiments.Size;
import org.reluspec.data.Dataset;
import org.reluspec.data.ToyDatasets;
import org.reluspec.train.BiasedGd;
import org.reluspec.train.BiasedNetwork;

/**
 * MYV E.2 (F000 Fig. 2; F001 Fig. 1): 7 points on the line {@code y = x} in R^2, width 100, biases in both layers,
 * both layers trained until margin 0.3: (1) PyTorch default init, step 0.02; (2) default / 3, step 0.04; (3) default,
 * step 0.02, L2 0.005. The paper shows the boundary much further away in the off-line direction in (2) and (3).
 */
public final class MyvE2 extends BoundaryExperiment {

    private static final double S = Math.sqrt(0.5);

    @Override
    public String id() {
        return "MYV-E2";
    }

    @Override
    public String title() {
        return "1-D line data in R^2: off-line boundary distance, vanilla vs small init vs L2";
    }

    @Override
    public String source() {
        return "F000 Fig. 2; F001 Fig. 1 (catalogue 6.1 E.2)";
    }

    @Override
    Dataset data() {
        return ToyDatasets.line7();
    }

    @Override
    double[] offDirection() {
        return new double[] {S, -S};
    }

    @Override
    double[] onDirection() {
        return new double[] {S, S};
    }

    @Override
    double factor() {
        return 2;
    }

    @Override
    public String paperScale() {
        return "the reduced size is the paper's (7 points, width 100, the printed schedules)";
    }

    @Override
    List<Setup> setups(Size size) {
        return List.of(
                new Setup(new Configuration("(1) vanilla", "PyTorch default init, GD step 0.02, logistic, margin 0.3",
                        MyvExperimentHypotheses.toy(true, false, false)),
                        rng -> BiasedNetwork.pytorchDefault(2, 100, 1, rng), new BiasedGd(0.02, 0, false, 50_000, 0.3)),
                new Setup(new Configuration("(2) init/3", "default init / 3, GD step 0.04, logistic, margin 0.3",
                        MyvExperimentHypotheses.toy(true, false, false)),
                        rng -> BiasedNetwork.pytorchDefault(2, 100, 3, rng), new BiasedGd(0.04, 0, false, 50_000, 0.3)),
                new Setup(new Configuration("(3) L2", "default init, GD step 0.02, logistic + 0.005 L2, margin 0.3",
                        MyvExperimentHypotheses.toy(true, true, false)),
                        rng -> BiasedNetwork.pytorchDefault(2, 100, 1, rng),
                        new BiasedGd(0.02, 0.005, false, 50_000, 0.3)));
    }

}
