package org.reluspec.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.Verdict;
import org.reluspec.util.Formats;

/** Formats a run as the console claims table: id, variant, parameters, exact, estimate [interval], bound, verdict. */
public final class ClaimsTable {

    private static final String[] HEADER = {"id", "variant", "parameters", "exact", "estimate [interval]",
        "bound", "verdict"};

    private ClaimsTable() {
    }

    /**
     * @param report a run
     * @return the table, one line per claim point, followed by a verdict count line
     */
    public static String format(RunReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ClaimResult r : report.results()) {
            String[] v = ResultFormats.values(r);
            rows.add(new String[] {r.id(), r.variant(), ResultFormats.params(r), v[0], v[1], v[2], r.verdict().name()});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s", row[i]));
                sb.append(i + 1 < row.length ? "  " : "\n");
            }
            if (r == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                sb.append("-".repeat(total - 2)).append('\n');
            }
        }
        sb.append(summary(report)).append('\n');
        return sb.toString();
    }

    /**
     * @param report a run
     * @return e.g. {@code "24 claim points: 24 EXACT_HOLDS; seed 7, alpha 0.01, 2 threads"}
     */
    public static String summary(RunReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(report.results().size()).append(" claim points:");
        String sep = " ";
        for (Verdict v : Verdict.values()) {
            long n = report.results().stream().filter(r -> r.verdict() == v).count();
            if (n > 0) {
                sb.append(sep).append(n).append(' ').append(v.name());
                sep = ", ";
            }
        }
        sb.append(String.format(Locale.ROOT, "; seed %d, alpha %s, %d trials per simulated point, %d threads, %.1f s",
                report.seed(), report.alpha(), report.trials(), report.threads(), report.seconds()));
        return sb.toString();
    }
}
