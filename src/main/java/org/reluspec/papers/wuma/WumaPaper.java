package org.reluspec.papers.wuma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reluspec.engine.Claim;
import org.reluspec.engine.Coverage;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentEntry;
import org.reluspec.papers.Paper;

/** Wang, Ullah, Mianjy, Arora: adversarial robustness is at odds with lazy training. */
public final class WumaPaper implements Paper {

    @Override
    public String prefix() {
        return "WUMA";
    }

    @Override
    public String title() {
        return "Wang, Ullah, Mianjy, Arora — Adversarial robustness is at odds with lazy training";
    }

    @Override
    public List<Claim> claims() {
        List<Claim> all = new ArrayList<>(List.of(
                new WumaL4_3(), WumaEq1.moment(), WumaEq1.doubleFactorial(), new WumaEq2(), new WumaEq3(),
                new WumaEq4(), new WumaB_1(), new WumaB_2(), new WumaB_3(), WumaB_4.part1(), WumaB_4.part2AsPrinted(),
                WumaB_4.part2FixedDelta(), WumaB_5.lemma41(), WumaB_5.withoutGarbledTerm(),
                WumaB_7.atInitialization(), WumaB_7.certifiedBall(), WumaB_8.exactBall(), WumaC3_2.asPrinted(),
                new WumaPf3_1(), new WumaCone(), new WumaD2_1(), WumaT3_1.atInitialization(), WumaT3_1.overBall(),
                WumaScaling.stepAtInit(), WumaScaling.perturbationAtInit(), WumaScaling.stepOverBall(),
                WumaScaling.gradientOverBall(), WumaScaling.gradientChange("WUMA-B.9"),
                WumaScaling.gradientChange("WUMA-L4.4"), WumaScaling.stepAgainstWidth(),
                WumaScaling.gradientAgainstWidth()));
        all.addAll(WumaSteps.all());
        return all;
    }

    @Override
    public java.util.Map<String, String> proofBudgetGaps() {
        String garbled = "the catalogue does not give the events' failure probabilities: ";
        return java.util.Map.of(
                "WUMA-T3.1", garbled + "the proof combines Lemmas B.5, B.7 and B.9 and does not say how gamma is "
                        + "split among them",
                "WUMA-B.7", garbled + "Bernstein, equation (2) and Lemma B.4 are combined with ln(4/gamma) and "
                        + "ln(8m/gamma) terms, and the split is not transcribed",
                "WUMA-B.8", garbled + "the statement is partly garbled in the OCR",
                "WUMA-B.9", garbled + "an eps-net union over (10/eps)^{2d} points whose per-point bound is garbled");
    }

    @Override
    public List<Coverage.Exemption> exemptions() {
        return List.of(Coverage.Exemption.notAClaim("WUMA-SET", "the common setting"),
                Coverage.Exemption.notAClaim("WUMA-B.6", "consists of WUMA-EQ3 and WUMA-EQ4, encoded as those"));
    }

    @Override
    public List<Experiment> experiments() {
        return List.of(new WumaFig2(), new WumaFig3(), new WumaFig4(), new WumaFig2(LazyData.FASHION),
                new WumaFig3(LazyData.FASHION), new WumaFig4(LazyData.FASHION));
    }

    @Override
    public List<ExperimentEntry> otherExperimentConfigurations() {
        return List.of(new ExperimentEntry("WUMA-5.1", "F003 Sec. 5.1 (Figs. 2, 3, 7)", section51()),
                new ExperimentEntry("WUMA-5.2", "F003 Sec. 5.2 (Fig. 4, Algorithm 1)", section52()));
    }

    private static List<Experiment.Configuration> section51() {
        List<Experiment.Configuration> out = new ArrayList<>();
        for (double m : new double[] {1e3, 1e4, 1e5}) {
            for (int side : new int[] {5, 10, 28}) {
                double d = side * side;
                out.add(new Experiment.Configuration("m=" + (long) m + " d=" + (int) d, "SGD lr 0.1, stop when the "
                        + "lazy ball C0/sqrt(m) is left, C0 in {10..40}", List.of(
                        WumaTheorems.T3_1.qualified("H4", Map.of("d", d, "m", m)),
                        WumaTheorems.T3_1.qualified("H4'", Map.of("d", d, "m", m)),
                        HypothesisResult.fact("WUMA-SET H2", "inputs on the unit sphere (Figs. 2-3 use unnormalized inputs with bias; "
                                + "App. A Figs. 5-6 normalize)", false))));
            }
        }
        return out;
    }

    private static List<Experiment.Configuration> section52() {
        List<Experiment.Configuration> out = new ArrayList<>();
        for (int side : new int[] {5, 10, 28}) {
            double d = side * side;
            out.add(new Experiment.Configuration("m=1000 d=" + (int) d, "PGD adversarial training projected onto "
                    + "B(W0, V), V in [0.05, 1], inputs normalized", List.of(
                    WumaTheorems.T3_1.qualified("H4", Map.of("d", d, "m", 1000.0)),
                    HypothesisResult.fact("WUMA-SET H2", "inputs on the unit sphere", true))));
        }
        return out;
    }

}
