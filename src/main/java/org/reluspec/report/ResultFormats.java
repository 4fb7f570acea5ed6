package org.reluspec.report;

import java.util.stream.Collectors;
import org.reluspec.engine.ClaimResult;
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

    /** @return the exact value, prefixed {@code <= } for a rigorous upper bound, or {@code -} when there is none */
    static String exact(ClaimResult r) {
        if (r.exact() == null) {
            return "-";
        }
        return (r.exact().kind() == ExactProbability.Kind.UPPER_BOUND ? "<= " : "")
                + Formats.fourDigits(r.exact().value());
    }

    /** @return {@code estimate [lower, upper]} of the simulation, or {@code not simulated} */
    static String estimate(ClaimResult r) {
        if (r.simulation() == null) {
            return "not simulated";
        }
        return Formats.fourDigits(r.simulation().estimate()) + " [" + Formats.fourDigits(r.simulation().interval().lower())
                + ", " + Formats.fourDigits(r.simulation().interval().upper()) + "]";
    }
}
