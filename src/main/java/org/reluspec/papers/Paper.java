package org.reluspec.papers;

import java.util.List;
import org.reluspec.data.DataFacts;
import org.reluspec.engine.Claim;
import org.reluspec.engine.Coverage;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.Theorem;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentEntry;
import org.reluspec.train.BiasedNetwork;

/**
 * One paper as a plug-in: everything the suite knows about it, in one package. The command line, the report, the
 * coverage table, {@code reluspec assumptions}, the experiments and the regime maps loop over {@link Papers#all()}
 * and never name a paper, so adding a lemma touches its paper's package only, and adding a paper is one new
 * package plus one line in {@code META-INF/services/org.reluspec.papers.Paper}.
 *
 * <p>Only {@link #prefix()}, {@link #title()} and {@link #claims()} are required; a paper without experiments,
 * regime maps or file checks leaves the defaults.
 */
public interface Paper {

    /** @return the catalogue prefix of every id of this paper, e.g. {@code "MYV"} */
    String prefix();

    /** @return authors and title */
    String title();

    /** @return every encoded claim variant, in catalogue order */
    List<Claim> claims();

    /**
     * @return every theorem of the paper, once each, in catalogue order: the ones its claims are variants of.
     *         {@code reluspec assumptions} evaluates the hypotheses a theorem states on its parameters alone
     */
    default List<Theorem> theorems() {
        java.util.Map<String, Theorem> byId = new java.util.LinkedHashMap<>();
        for (Claim c : claims()) {
            byId.putIfAbsent(c.id(), c.theorem());
        }
        return List.copyOf(byId.values());
    }

    /** @return catalogue ids of this paper that are deliberately not claims of their own, with the reason */
    default List<Coverage.Exemption> exemptions() {
        return List.of();
    }

    /**
     * @return catalogue ids whose proofs union several bad events but have no {@code proof-budget} variant, each with
     *         the reason (typically: the catalogue does not give the events' failure probabilities)
     */
    default java.util.Map<String, String> proofBudgetGaps() {
        return java.util.Map.of();
    }

    /** @return the experiments the suite reruns */
    default List<Experiment> experiments() {
        return List.of();
    }

    /**
     * @return the paper's other experimental configurations (not rerun), with the hypotheses they satisfy or violate;
     *         {@code reluspec assumptions --experiments} lists these after the rerun ones
     */
    default List<ExperimentEntry> otherExperimentConfigurations() {
        return List.of();
    }

    /** @return the regime maps the report draws for this paper's claims */
    default List<RegimeMap> regimeMaps() {
        return List.of();
    }

    /**
     * @param facts facts of a dataset file
     * @return the paper's hypotheses on training data, decided on those facts
     */
    default List<HypothesisResult> dataHypotheses(DataFacts facts) {
        return List.of();
    }

    /**
     * @param net a network read from a file
     * @return the paper's hypotheses on a network, decided on it
     */
    default List<HypothesisResult> networkHypotheses(BiasedNetwork net) {
        return List.of();
    }

    /**
     * @return extra {@code reluspec} subcommands of this paper (picocli {@code @Command} objects), e.g. a verifier
     *         for the paper's own notion of a solution
     */
    default List<Object> commands() {
        return List.of();
    }

    /**
     * @return the catalogue text this paper's ids are listed in, or empty for the shared catalogue
     *         ({@code ../shared/claims/CATALOGUE.md})
     */
    default java.util.Optional<String> catalogue() {
        return java.util.Optional.empty();
    }
}
