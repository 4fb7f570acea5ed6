package org.reluspec.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ledger of JML clauses checked at run time ({@code proofs-checks/runtime-clauses.tsv}) and the contracts in
 * {@code org.reluspec.stats} agree both ways: every tagged clause has a row, every row names a clause that exists and a
 * test method that exists and is a JUnit or jqwik test. A contract clause cannot lose its check silently.
 */
class RuntimeClauseLedgerTest {

    private static final Pattern METHOD = Pattern.compile("@\\*/\\s*(?:/\\*\\*.*?\\*/\\s*)?public static \\S+ (\\w+)\\(",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("//\\s*([a-z][a-z-]+)\\s*$", Pattern.MULTILINE);

    @Test
    void everyTaggedClauseHasARowAndEveryRowANamedTest() throws Exception {
        Path source = Path.of("src/main/java/org/reluspec/stats/ChiSquaredTails.java");
        String text = Files.readString(source);
        Set<String> clauses = new LinkedHashSet<>();
        int from = 0;
        while (true) {
            int start = text.indexOf("/*@", from);
            if (start < 0) {
                break;
            }
            int end = text.indexOf("@*/", start);
            Matcher m = METHOD.matcher(text);
            assertTrue(m.find(end), "a JML block without a method after it in " + source);
            Matcher tags = TAG.matcher(text.substring(start, end));
            while (tags.find()) {
                clauses.add("ChiSquaredTails::" + m.group(1) + "\t" + tags.group(1));
            }
            from = end;
        }
        assertTrue(clauses.size() >= 8, "tagged clauses found: " + clauses);
        Set<String> rows = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        StringBuilder page = new StringBuilder("## Clauses checked at run time\n\nKeY cannot load these classes "
                + "(Hipparchus, Commons Statistics); each clause is evaluated by the named test "
                + "(proofs-checks/runtime-clauses.tsv).\n\n| method | clause | test |\n|---|---|---|\n");
        for (String line : Files.readAllLines(Path.of("proofs-checks/runtime-clauses.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            rows.add(f[0] + "\t" + f[1]);
            page.append("| `").append(f[0]).append("` | ").append(f[1]).append(" | `").append(f[2]).append("` |\n");
            String[] test = f[2].split("#");
            Class<?> c = Class.forName("org.reluspec.stats." + test[0]);
            Method method = null;
            for (Method candidate : c.getDeclaredMethods()) {
                if (candidate.getName().equals(test[1])) {
                    method = candidate;
                }
            }
            if (method == null || !(method.isAnnotationPresent(Test.class)
                    || method.isAnnotationPresent(net.jqwik.api.Property.class)
                    || method.isAnnotationPresent(org.junit.jupiter.params.ParameterizedTest.class))) {
                problems.add(f[2] + " is not a test method");
            }
        }
        Set<String> unlisted = new LinkedHashSet<>(clauses);
        unlisted.removeAll(rows);
        Set<String> stale = new LinkedHashSet<>(rows);
        stale.removeAll(clauses);
        assertTrue(unlisted.isEmpty(), "tagged clauses without a row: " + unlisted);
        assertTrue(stale.isEmpty(), "rows naming no clause: " + stale);
        assertTrue(problems.isEmpty(), problems.toString());
        // the report's static-verification section shows this table beside the kernel's proof ledger
        Path out = Path.of("target/reluspec-report/runtime-clauses.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, page.toString());
    }
}
