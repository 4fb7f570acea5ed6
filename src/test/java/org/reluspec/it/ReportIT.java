package org.reluspec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.cli.ReluSpecCommand;
import org.reluspec.papers.myv.MyvE2;

/**
 * The HTML report in a real browser: a small run (two claims with simulated and exact points, one experiment) is
 * written with {@code reluspec report}, then headless Chromium loads {@code index.html} and one claim page from disk
 * with the network disabled and dumps the DOM after scripts ran. Asserted: the claims table has one row per claim
 * point, the filter script ran, every image loaded (the page counts them into {@code body} attributes after
 * {@code load}) and none is broken, and the page references nothing outside the report folder. Chromium is
 * installed by {@code ci/setup.sh}; on CI ({@code CI=true}) its absence fails the test, elsewhere it is skipped with a
 * message.
 */
class ReportIT {

    @Test
    void reportRendersOfflineInHeadlessChromiumWithTableAndPlots(@TempDir Path dir) throws Exception {
        String chromium = findChromium();
        if (chromium == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have chromium (apt-get install -y chromium; ci/setup.sh does it)");
        }
        assumeTrue(chromium != null, "chromium not installed: the report test is skipped (ci/setup.sh installs it)");

        Path json = dir.resolve("claims.json");
        assertEquals(0, ReluSpecCommand.execute("check", "MYV-B.1", "--trials", "20000", "--no-progress", "--json",
                json.toString()));
        new MyvE2().run(new org.reluspec.experiments.Experiment.Run(org.reluspec.engine.CheckSettings.DEFAULT_SEED, 1,
                org.reluspec.experiments.Size.REDUCED, dir.resolve("experiments")));
        assertEquals(0, ReluSpecCommand.execute("report", "--dir", dir.toString()));

        String index = Files.readString(dir.resolve("index.html"));
        assertTrue(!index.contains("http://") && !index.contains("https://"), "the report must not load remote resources");

        String dom = dump(chromium, dir.resolve("index.html"));
        int rows = count(dom, "<tr data-paper=");
        assertEquals(24, rows, "one table row per MYV-B.1 grid point");
        assertTrue(dom.contains("id=\"claims\""), "claims table present");
        int loaded = attribute(dom, "data-images-loaded");
        assertEquals(0, attribute(dom, "data-images-broken"), "broken images in index.html");
        assertTrue(loaded >= 1 + 11, "experiment plot and regime maps loaded: " + loaded);

        String page = dump(chromium, dir.resolve("claims").resolve("MYV-B.1.html"));
        assertEquals(1, attribute(page, "data-images-loaded"), "the claim page's failure-probability plot");
        assertEquals(0, attribute(page, "data-images-broken"));
    }

    private static String dump(String chromium, Path html) throws Exception {
        Path out = Files.createTempFile("dom", ".html");
        Process p = new ProcessBuilder(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--allow-file-access-from-files",
                "--proxy-server=127.0.0.1:9", "--virtual-time-budget=5000", "--dump-dom", html.toUri().toString()))
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        return dom;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static int attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), name + " missing: the page's load script did not run");
        return Integer.parseInt(m.group(1));
    }

    private static String findChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }
}
