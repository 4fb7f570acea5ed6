package org.reluspec.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The report opens with the register's findings, one line each, newest row first. */
class FindingsSummaryTest {

    @Test
    void newestRowFirstOneLineEach() throws Exception {
        String html = HtmlReport.findings(Files.readString(Path.of("spec/discrepancies.md")));
        int newest = html.indexOf("<b>63</b>");
        int oldest = html.indexOf("<b>1</b>");
        assertTrue(newest > 0 && oldest > newest, html);
        assertTrue(html.contains("WUMA-EQ2"), html);
    }
}
