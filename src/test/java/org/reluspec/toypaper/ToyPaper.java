package org.reluspec.toypaper;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClosedFormLemma;
import org.reluspec.engine.Coverage;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.papers.Paper;
import org.reluspec.stats.ChiSquaredTails;

/**
 * A fourth paper that exists only for the tests: it proves that a paper plugs in with no edit outside its package
 * (this class, and one line in {@code toy-paper/META-INF/services/org.reluspec.papers.Paper}).
 */
public final class ToyPaper implements Paper {

    @Override
    public String prefix() {
        return "TOY";
    }

    @Override
    public String title() {
        return "A toy paper with one chi-squared lemma";
    }

    @Override
    public List<Claim> claims() {
        return List.of(ClosedFormLemma.of(new ClosedFormLemma.Data(Theorem.of("TOY-L1",
                new Source("TOY", "Lemma 1", "toy"), "If g ~ N(0, I_n) then P[ ||g||^2 >= 2n ] <= exp(-n/16).")
                .withParameters(ParameterSpec.integer("n", 1, 1 << 20, "dimension"))
                .withBound("exp(-n/16)", v -> Math.exp(-v.get("n") / 16)),
                new double[][] {{1}, {8}, {64}}, p -> ChiSquaredTails.upper(p.get("n"), 2 * p.get("n")),
                "||g||^2 >= 2n", p -> rng -> {
                    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
                    double s = 0;
                    for (int k = 0; k < p.getInt("n"); k++) {
                        double x = g.sample();
                        s += x * x;
                    }
                    return s >= 2 * p.get("n");
                })));
    }

    @Override
    public List<Coverage.Exemption> exemptions() {
        return List.of(Coverage.Exemption.notAClaim("TOY-SET", "the setting"));
    }

    @Override
    public Optional<String> catalogue() {
        return Optional.of("### TOY-SET - Setting  [toy]\n\n### TOY-L1 - Lemma 1  [toy]\n\n### TOY-L2 - Lemma 2  [toy]\n");
    }
}
