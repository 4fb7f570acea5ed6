package org.reluspec.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reluspec.util.Checks;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/** Parses repeated {@code --param name=value} options. */
final class Params {

    private Params() {
    }

    /**
     * @param params {@code name=value} strings
     * @return the values by name, in the given order
     * @throws ReluSpecArgumentException naming the malformed entry
     */
    static Map<String, Double> parse(List<String> params) {
        Map<String, Double> given = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_PARAMETER, p);
            }
            String name = p.substring(0, eq).trim();
            double value = Checks.parseDouble(p.substring(eq + 1), "parameter " + name);
            if (given.containsKey(name)) {
                throw new ReluSpecArgumentException(Violation.REPEATED_PARAMETER, name, given.get(name), value);
            }
            given.put(name, value);
        }
        return given;
    }
}
