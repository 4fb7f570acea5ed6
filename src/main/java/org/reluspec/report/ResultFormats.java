package org.reluspec.report;

import java.util.stream.Collectors;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.Conclusion;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.stats.ExactProbability;
import org.reluspec.util.Formats;

/** How a claim result's parameters and exact reference are rendered, the same in the console table and in spec/. */
final class ResultFormats {

    private ResultFormats() {
    }

    /** @return {@code n=64 sigma=0.1} */
    static String params(ClaimResult r) {
        return r.parameters().entrySet().stream().map(e -> e.getKey() + "=" + Formats.plain(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    /**
     * @param r a result
     * @return its three value columns: exact, estimate [interval], bound for a probabilistic claim; lhs,
     *         {@code deterministic}, rhs otherwise
     */
    static String[] values(ClaimResult r) {
        if (r.conclusion() instanceof Conclusion.Probabilistic p) {
            return new String[] {exact(p), estimate(p), Formats.fourDigits(p.statedBound())};
        }
        DeterministicOutcome o = r.outcome().orElseThrow();
        return new String[] {"lhs " + Formats.fourDigits(o.lhs()), "deterministic", "rhs " + Formats.fourDigits(o.rhs())};
    }

    /** @return the exact value, prefixed {@code <= } for a rigorous upper bound, or {@code -} when there is none */
    static String exact(Conclusion.Probabilistic p) {
        return p.exact().map(e -> (e.kind() == ExactProbability.Kind.UPPER_BOUND ? "<= " : "")
                + Formats.fourDigits(e.value())).orElse("-");
    }

    /** @return {@code estimate [lower, upper]} of the simulation, or {@code not simulated} */
    static String estimate(Conclusion.Probabilistic p) {
        return p.simulation().map(s -> Formats.fourDigits(s.estimate()) + " [" + Formats.fourDigits(s.interval().lower())
                + ", " + Formats.fourDigits(s.interval().upper()) + "]").orElse("not simulated");
    }
}
