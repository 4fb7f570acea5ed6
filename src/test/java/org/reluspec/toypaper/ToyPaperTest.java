package org.reluspec.toypaper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.reluspec.cli.ReluSpecCommand;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.SuiteRun;
import org.reluspec.papers.Papers;
import org.reluspec.report.ClaimsTable;

/**
 * The toy paper is picked up by the command line, the claims table and the coverage table once its service file is
 * on the class path, with no edit anywhere else; without it, the suite does not see it.
 */
class ToyPaperTest {

    private static <T> T withToyPaper(Callable<T> body) throws Exception {
        URL root = ToyPaperTest.class.getClassLoader().getResource("toy-paper/");
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, before)) {
            t.setContextClassLoader(loader);
            return body.call();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReluSpecCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, exit, err.toString());
        return out.toString();
    }

    @Test
    void theSuiteSeesTheToyPaperOnlyWithItsServiceFile() throws Exception {
        assertTrue(Papers.all().stream().noneMatch(p -> p.prefix().equals("TOY")));
        assertEquals("TOY", withToyPaper(() -> Papers.all().get(Papers.all().size() - 1).prefix()));
    }

    @Test
    void listCheckAndTableShowTheToyLemma() throws Exception {
        String list = withToyPaper(() -> cli("list"));
        assertTrue(list.contains("TOY-L1"), list);
        String check = withToyPaper(() -> cli("check", "TOY-L1", "--no-progress"));
        assertTrue(check.contains("TOY-L1") && check.contains("EXACT_HOLDS"), check);
        RunReport report = withToyPaper(() -> SuiteRun.run(SuiteRun.defaultGrids(Papers.registry(),
                c -> c.id().startsWith("TOY")), CheckSettings.of(CheckSettings.DEFAULT_SEED, 10_000, 1, 0.01,
                CheckSettings.SimulationPolicy.WHERE_REACHABLE)));
        assertEquals(3, report.results().size());
        assertTrue(ClaimsTable.format(report).contains("TOY-L1"));
    }

    @Test
    void coverageListsTheToyCatalogue() throws Exception {
        Path catalogue = Path.of("../shared/claims/CATALOGUE.md");
        String coverage = withToyPaper(() -> cli("list", "--coverage", "--catalogue", catalogue.toString()));
        assertTrue(coverage.contains("TOY-L1") && coverage.contains("ENCODED"), coverage);
        assertTrue(coverage.lines().anyMatch(l -> l.startsWith("TOY-SET") && l.contains("NOT A CLAIM")), coverage);
        assertTrue(coverage.lines().anyMatch(l -> l.startsWith("TOY-L2") && l.contains("no reason given")), coverage);
    }
}
