package org.reluspec.papers.myv;

import java.util.List;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.ProofBudget;
import org.reluspec.engine.ProofBudget.Event;
import org.reluspec.engine.ProofBudget.Formula;
import org.reluspec.engine.ProofBudget.Group;
import org.reluspec.engine.Source;

/**
 * The probability budget of MYV Theorem 5.1's proof as the catalogue transcribes it (entry MYV-T5.1, "Probability
 * budget"; F001 L545-L577): per neuron of {@code I_-} and of {@code I_+}, Lemma B.1 and Lemma C.3, unioned over at
 * most {@code m} neurons each, plus the event {@code E3} of Lemma C.1.
 */
final class MyvT5_1Budget {

    private MyvT5_1Budget() {
    }

    private static double e(ParameterPoint p) {
        return Math.exp(-p.get("ell") / 16);
    }

    private static final Formula M = new Formula("m", p -> p.get("m"));
    private static final Formula ONE = new Formula("1", p -> 1);
    private static final Formula B1 = new Formula("e^{-ell/16}", MyvT5_1Budget::e);
    private static final Formula C3 = new Formula("e^{-ell/16} + 2 m^{-1} d^{-1/2}",
            p -> e(p) + 2 / (p.get("m") * Math.sqrt(p.get("d"))));
    private static final Formula UNION = new Formula("2(m e^{-ell/16} + d^{-1/2})",
            p -> 2 * (p.get("m") * e(p) + 1 / Math.sqrt(p.get("d"))));

    private static Group side(String side) {
        return new Group("union over " + side, List.of(new Event(side + ": Lemma B.1 per neuron", M, B1),
                new Event(side + ": Lemma C.3 per neuron", M, C3)), UNION);
    }

    /** @return the budget, a claim of its own (variant {@code proof-budget}) */
    static ProofBudget budget() {
        return new ProofBudget(MyvTheorems.T5_1, new Source("MYV", "Theorem 5.1 proof", "F001 L545-L577"),
                List.of(ParameterSpec.integer("d", 2, 1 << 24, "input dimension"),
                        ParameterSpec.integer("ell", 1, 1 << 20, "codimension of P"),
                        ParameterSpec.integer("m", 1, 1 << 12, "width")),
                new double[][] {{2000, 1000, 3}, {4000, 2500, 5}, {10000, 5000, 10}},
                p -> List.of(MyvTheorems.t51H2(true, p)),
                List.of(side("I_-"), side("I_+"), new Group("E3", List.of(new Event("E3: Lemma C.1", ONE, B1)), B1)),
                new Formula("4(m e^{-ell/16} + d^{-1/2}) + e^{-ell/16}",
                        p -> 4 * (p.get("m") * e(p) + 1 / Math.sqrt(p.get("d"))) + e(p)),
                new Formula("5(m e^{-ell/16} + d^{-1/2})", p -> 5 * (p.get("m") * e(p) + 1 / Math.sqrt(p.get("d")))));
    }
}
