package org.reluspec.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ViolationTest {

    /** Placeholders must be numbered 0..k-1 without gaps, so every offending value reaches the message. */
    @Test
    void placeholdersAreConsecutiveFromZero() {
        Pattern ph = Pattern.compile("\\{(\\d+)}");
        for (Violation v : Violation.values()) {
            Matcher m = ph.matcher(v.pattern());
            int max = -1;
            Set<Integer> seen = new HashSet<>();
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                seen.add(i);
                max = Math.max(max, i);
            }
            assertEquals(max + 1, seen.size(), v.name());
        }
    }

    @Test
    void exceptionCarriesViolationAndACopyOfItsParts() {
        ReluSpecArgumentException e = new ReluSpecArgumentException(Violation.TOO_SMALL, "trials", 0L, 1L);
        assertEquals(Violation.TOO_SMALL, e.getViolation());
        assertArrayEquals(new Object[] {"trials", 0L, 1L}, e.getParts());
        e.getParts()[0] = "changed";
        assertEquals("trials", e.getParts()[0]);
        assertEquals("trials = 0 violates the precondition trials >= 1", e.getMessage());
        e = new ReluSpecArgumentException(Violation.TOO_SMALL, "trials", 1024L, 2048L);
        assertFalse(e.getMessage().contains(","), "numbers are not grouped: " + e.getMessage());
    }
}
