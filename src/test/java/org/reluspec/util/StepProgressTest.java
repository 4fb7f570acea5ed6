package org.reluspec.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepProgressTest {

    @Test
    void reportsReachTheListenerOfTheirThreadOnlyWhileItListens() {
        List<String> lines = new ArrayList<>();
        String result = StepProgress.listening(lines::add, 0, () -> {
            StepProgress.report("GD", 7, "ln L", -1.5);
            StepProgress.report("GD", 8, "ln L", -2.25);
            return "done";
        });
        assertEquals("done", result);
        assertEquals(List.of("GD step 7, ln L = -1.50000", "GD step 8, ln L = -2.25000"), lines);
        StepProgress.report("GD", 9, "ln L", -3);   // nobody listens any more
        assertEquals(2, lines.size());
    }

    @Test
    void linesAreThrottled() {
        List<String> lines = new ArrayList<>();
        StepProgress.listening(lines::add, 60_000_000_000L, () -> {
            for (int i = 0; i < 1000; i++) {
                StepProgress.report("lazy SGD", i, "distance", i);
            }
            return null;
        });
        assertTrue(lines.isEmpty(), lines.toString());
    }
}
