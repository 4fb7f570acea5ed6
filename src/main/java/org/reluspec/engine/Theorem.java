package org.reluspec.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A numbered statement of a paper as printed: where it is, what it says, which setting parameters its hypotheses
 * read, and each hypothesis written once as a named function of those parameters. Claims, experiment configurations
 * and {@code reluspec assumptions} evaluate the same {@link Hypothesis} objects, so a hypothesis cannot drift apart
 * between them.
 *
 * @param id catalogue id
 * @param source where it is printed
 * @param statement the statement in the suite's words
 * @param parameters the setting parameters the hypotheses read
 * @param hypotheses the hypotheses, in the paper's order
 * @param note what of the theorem is encoded where (shown by {@code reluspec assumptions})
 */
public record Theorem(String id, Source source, String statement, List<String> parameters,
                      List<Hypothesis> hypotheses, String note) {

    /**
     * A named hypothesis of a theorem.
     *
     * @param name the paper's name for it, e.g. {@code "H3"}
     * @param evaluate its value at given parameters (left side, right side, margin; or open, or by construction)
     */
    public record Hypothesis(String name, Function<Map<String, Double>, HypothesisResult> evaluate) {
    }

    /** Copies the lists. */
    public Theorem {
        parameters = List.copyOf(parameters);
        hypotheses = List.copyOf(hypotheses);
    }

    /**
     * @param setting values of (at least) {@link #parameters()}
     * @return every hypothesis evaluated there
     */
    public List<HypothesisResult> hypotheses(Map<String, Double> setting) {
        List<HypothesisResult> out = new ArrayList<>();
        for (Hypothesis h : hypotheses) {
            out.add(h.evaluate().apply(setting));
        }
        return out;
    }

    /**
     * @param name a hypothesis name
     * @param setting values of the parameters it reads
     * @return that hypothesis evaluated, its id qualified by the theorem's ({@code "VYS-T4.1 H3"}), for use outside
     *         the theorem's own claims
     */
    public HypothesisResult qualified(String name, Map<String, Double> setting) {
        HypothesisResult r = evaluate(name, setting);
        return new HypothesisResult(id + " " + r.id(), r.text(), r.holds(), r.lhs(), r.rhs(), r.margin());
    }

    /**
     * @param name a hypothesis name
     * @param setting values of the parameters it reads
     * @return that hypothesis evaluated
     * @throws IllegalArgumentException when the theorem has no such hypothesis (a programming error)
     */
    public HypothesisResult evaluate(String name, Map<String, Double> setting) {
        return hypotheses.stream().filter(h -> h.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no hypothesis " + name))
                .evaluate().apply(setting);
    }
}
