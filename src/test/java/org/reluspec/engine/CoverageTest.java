package org.reluspec.engine;

import org.reluspec.papers.Papers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final Path CATALOGUE = Path.of("../shared/claims/CATALOGUE.md");

    @Test
    void everyCatalogueIdIsEncodedOrHasAReason() throws Exception {
        List<Coverage.Row> rows = Papers.coverage(Files.readString(CATALOGUE));
        assertTrue(rows.size() > 80, "catalogue ids found: " + rows.size());
        for (Coverage.Row r : rows) {
            assertTrue(r.status() == Coverage.Status.ENCODED || !r.reason().equals("no reason given"),
                    r.id() + " is neither encoded nor explained");
        }
    }

    /** spec/coverage.md is generated; regenerate with bash ci/update-spec.sh. */
    @Test
    void committedCoverageFileIsCurrent() throws Exception {
        String expected = Coverage.markdown(Papers.coverage(Files.readString(CATALOGUE)));
        assertEquals(expected, Files.readString(Path.of("spec/coverage.md")),
                "spec/coverage.md is stale: run bash ci/update-spec.sh");
    }
}
