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
    void aLoopWithATargetIsToldTheTimeLeftAtThePaceSinceItsLastLine() {
        List<String> lines = new ArrayList<>();
        StepProgress.listening(lines::add, 0, () -> {
            StepProgress.report("GD", 100, "ln L", -10, -70);
            sleep(1000);
            StepProgress.report("GD", 200, "ln L", -20, -70);   // 10 per second (or a little less): 5 s to go
            StepProgress.report("GD", 300, "ln L", -20, -70);   // no fall: no estimate
            StepProgress.report("GD", 400, "ln L", -71, -70);   // past the target
            return null;
        });
        assertEquals("GD step 100, ln L = -10.0000", lines.get(0));
        assertTrue(lines.get(1).matches("GD step 200, ln L = -20\\.0000, ln L < -70\\.0000 in about 0:00:0[5-9] at this "
                + "pace"), lines.get(1));
        assertEquals("GD step 300, ln L = -20.0000", lines.get(2));
        assertEquals("GD step 400, ln L = -71.0000", lines.get(3));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
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
