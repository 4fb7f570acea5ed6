package org.reluspec.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.reluspec.harness.TrialStreams;

/**
 * The probability budget of a proof that unions several bad events: each event with its stated failure probability
 * and how many times the union counts it, grouped as the proof groups them, each group against the subtotal the proof
 * prints, the subtotals against the printed total, and the total against the probability the statement claims. A
 * closed form of the parameters (no instance is drawn), so a search covers the theorem's whole printed domain. A
 * printed sum smaller than its parts is a {@code step} finding; a larger one is slack and is reported.
 *
 * @param theorem the theorem whose proof this is
 * @param source where the proof is printed
 * @param parameters the theorem's parameters the budget reads, each within the theorem's printed domain
 * @param grid rows of values of {@code parameters}, in order
 * @param hypotheses the theorem's hypotheses on those parameters
 * @param groups the proof's unions, in its order
 * @param total the proof's printed total of the groups' subtotals
 * @param claimed the failure probability the statement claims
 */
public record ProofBudget(Theorem theorem, Source source, List<ParameterSpec> parameters, double[][] grid,
                          Function<ParameterPoint, List<HypothesisResult>> hypotheses, List<Group> groups,
                          Formula total, Formula claimed) implements DeterministicClaim {

    /** Relative rounding allowance of sums of a few positive terms. */
    static final double ROUNDING = 1e-12;

    /**
     * A printed formula.
     *
     * @param text as printed
     * @param value its value at a point
     */
    public record Formula(String text, ToDoubleFunction<ParameterPoint> value) {
    }

    /**
     * One bad event of the proof.
     *
     * @param event what fails, and the lemma that bounds it
     * @param count how many times the union counts it (e.g. {@code m} neurons)
     * @param failure its stated failure probability
     */
    public record Event(String event, Formula count, Formula failure) {
    }

    /**
     * A union the proof prints a subtotal for.
     *
     * @param name e.g. {@code "union over I_-"}
     * @param events its events
     * @param subtotal the subtotal printed for it
     */
    public record Group(String name, List<Event> events, Formula subtotal) {
    }

    /** Copies the lists. */
    public ProofBudget {
        parameters = List.copyOf(parameters);
        groups = List.copyOf(groups);
    }

    @Override
    public String variant() {
        return "proof-budget";
    }

    @Override
    public String statement() {
        List<String> parts = new ArrayList<>();
        for (Group g : groups) {
            List<String> terms = new ArrayList<>();
            for (Event e : g.events()) {
                terms.add(e.count().text() + " x " + e.failure().text() + " (" + e.event() + ")");
            }
            parts.add(g.name() + ": " + String.join(" + ", terms) + " <= " + g.subtotal().text());
        }
        return "probability budget of the proof: " + String.join("; ", parts) + "; subtotals <= " + total.text()
                + " <= " + claimed.text() + " (the statement's failure probability)";
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        String[] names = parameters.stream().map(ParameterSpec::name).toArray(String[]::new);
        return ParameterPoint.grid(this, names, grid);
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return hypotheses.apply(point);
    }

    @Override
    public boolean drawsInstances() {
        return false;
    }

    /**
     * Every printed sum against its parts: {@code lhs} is the largest ratio of parts to printed sum (above 1 where a
     * printed sum is too small, exactly 1 where it is tight), {@code rhs} is 1 plus the rounding allowance.
     */
    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        double worst = Double.NEGATIVE_INFINITY;
        String where = "";
        double subtotals = 0;
        for (Group g : groups) {
            double parts = 0;
            for (Event e : g.events()) {
                parts += e.count().value().applyAsDouble(point) * e.failure().value().applyAsDouble(point);
            }
            double printed = g.subtotal().value().applyAsDouble(point);
            double excess = excess(parts, printed);
            if (excess > worst) {
                worst = excess;
                where = g.name();
            }
            subtotals += printed;
        }
        double total = this.total.value().applyAsDouble(point);
        double stated = claimed.value().applyAsDouble(point);
        if (excess(subtotals, total) > worst) {
            worst = excess(subtotals, total);
            where = "subtotals vs " + this.total.text();
        }
        if (excess(total, stated) > worst) {
            worst = excess(total, stated);
            where = this.total.text() + " vs the statement's " + claimed.text();
        }
        return new DeterministicOutcome(worst <= ROUNDING, 1 + worst, 1 + ROUNDING, "largest ratio of a sum of parts "
                + "to its printed value <= 1 (up to rounding)", String.format(Locale.ROOT, "tightest: %s; the "
                + "statement's %s = %.6g, the parts sum to %.6g", where, claimed.text(), stated, subtotals));
    }

    /** @return {@code (parts - printed) / printed}: positive when the printed sum is smaller than its parts */
    private static double excess(double parts, double printed) {
        return printed > 0 ? (parts - printed) / printed : parts > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
