package org.reluspec.papers.myv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reluspec.data.DataFacts;
import org.reluspec.engine.Claim;
import org.reluspec.engine.Coverage;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentEntry;
import org.reluspec.papers.Paper;
import org.reluspec.papers.RegimeMap;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.NetworkFiles;

/** Melamed, Yehudai, Vardi: adversarial examples off a low-dimensional data subspace. */
public final class MyvPaper implements Paper {

    @Override
    public String prefix() {
        return "MYV";
    }

    @Override
    public String title() {
        return "Melamed, Yehudai, Vardi — Adversarial Examples Exist in Two-Layer ReLU Networks for Low Dimensional "
                + "Linear Subspaces";
    }

    @Override
    public List<Claim> claims() {
        List<Claim> all = new ArrayList<>(List.of(
                MyvR3_1.printedDerivative(), MyvR3_1.printedBound(),
                new MyvT4_1(), MyvTrainedGradient.t41(), new MyvC4_1(), MyvT5_1.asPrinted(), MyvT5_1.asProved(),
                new MyvT5_1FixedPoint(),
                MyvT5_1Events.e1(), MyvT5_1Events.eq3(), MyvT5_1Events.e2(), MyvT5_1Events.e3(), new MyvT5_1Chain(),
                MyvT5_1Budget.budget(),
                MyvT5_1.corollary(true), MyvT5_1.corollary(false), new MyvT6_1(),
                MyvTrainedGradient.t61(), MyvC6_1.c61(), MyvTrainedGradient.t62(), MyvC6_1.c62(),
                new MyvA_1(), MyvA_2.dataInM(), MyvA_2.rotatedP(), MyvA_2.l2Decay(),
                new MyvB_1(), new MyvB_2(), MyvC_1.asPrinted(), MyvC_1.intermediate(), new MyvC_2(), new MyvC_3(),
                MyvD_1.asPrinted(), MyvD_1.f001Statement()));
        all.addAll(MyvSteps.all());
        return all;
    }

    @Override
    public java.util.Map<String, String> proofBudgetGaps() {
        return java.util.Map.of("MYV-C5.1", "inherits Theorem 5.1's union (MYV-T5.1/proof-budget checks it)");
    }

    @Override
    public List<Coverage.Exemption> exemptions() {
        return List.of(
                Coverage.Exemption.notAClaim("MYV-SET", "the common setting: its facts are checked by A.1, A.2 and by "
                        + "`reluspec assumptions` on data and network files"),
                Coverage.Exemption.notAClaim("MYV-EQ-REG", "the regularized objective; its decay equation is checked "
                        + "by MYV-A.2/l2-decay and MYV-T6.2/trained-net"),
                Coverage.Exemption.notAClaim("MYV-OP7.1", "informal open problem; not encodable"));
    }

    @Override
    public List<Experiment> experiments() {
        return List.of(new MyvFig1(), new MyvE2(), new MyvE3(), new MyvE4(), new MyvFig4a(), new MyvT5Tightness());
    }

    @Override
    public List<ExperimentEntry> otherExperimentConfigurations() {
        return List.of(
                new ExperimentEntry("MYV-E5", "F000 Fig. 6; F001 Fig. 4", List.of(new Experiment.Configuration(
                        "(1)-(3)", "line data in R^2, 5-layer ReLU net, width 100, biases", List.of(
                        HypothesisResult.fact("MYV depth", "depth-2 network (every MYV theorem)", false),
                        HypothesisResult.fact("MYV-SET data", "training inputs on a linear subspace", true))))),
                new ExperimentEntry("MYV-Fig4b", "F000 Figure 4(b)", List.of(new Experiment.Configuration(
                        "all factors", "MNIST projected to 32 dimensions by PCA, 3-layer net, first layer / factor",
                        List.of(HypothesisResult.fact("MYV depth", "depth-2 network", false),
                                HypothesisResult.fact("MYV-SET data", "inputs on a linear subspace (PCA projection; an affine one if "
                                        + "the PCA was centred, which the paper does not say)", true))))));
    }

    @Override
    public List<RegimeMap> regimeMaps() {
        List<RegimeMap> s = new ArrayList<>();
        for (String variant : List.of("as-proved", "as-printed")) {
            for (double m : new double[] {2, 3, 10}) {
                s.add(new RegimeMap("MYV-T5.1/" + variant, "d", 10, 1e6, "ell", (d, t) -> Math.max(1, Math.floor(t
                        * d)), "ell (as a fraction of d)", Map.of("m", m, "r", 10.0, "T", 30.0, "eta", 1.0, "y0",
                        1.0)));
            }
        }
        s.add(new RegimeMap("MYV-T4.1/distributional-core", "d", 2, 1e4, "ell", (d, t) -> Math.max(1,
                Math.floor(t * d)), "ell (as a fraction of d)", Map.of("m", 10.0, "k", 5.0)));
        return s;
    }

    @Override
    public List<HypothesisResult> dataHypotheses(DataFacts f) {
        return List.of(new HypothesisResult("MYV-SET data", "training inputs on a linear subspace of codimension "
                + "ell >= 1" + (f.affineOnly() ? " (the data span an affine plane missing the origin: Theorem A.2 does "
                + "not apply)" : ""), f.ell() >= 1, f.ell(), 1, f.ell() - 1));
    }

    @Override
    public List<HypothesisResult> networkHypotheses(BiasedNetwork n) {
        return List.of(new HypothesisResult("MYV-SET net", "no biases and output weights fixed at +-1/sqrt(m)",
                !NetworkFiles.hasBiases(n) && NetworkFiles.outputsArePlusMinusOneOverSqrtM(n), 0, 0, 0));
    }

}
