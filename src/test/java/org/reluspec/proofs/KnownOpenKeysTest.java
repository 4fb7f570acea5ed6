package org.reluspec.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which known-open entry covers a contract: the most specific one. A method with one closed and one open spec case of
 * the same kind ({@code Vectors.dotFrom}) must be listable without hiding the closed one, or the build would not notice
 * when the closed case regresses.
 */
class KnownOpenKeysTest {

    private static final String DOT_FROM = "Vectors::dotFrom(double,[D,int,[D,int,int)";

    @Test
    void aSpecCaseEntryCoversThatCaseOnly() {
        Map<String, String> known = Map.of("Vectors::dotFrom#normal_behavior.0", "partial sums");
        assertEquals("partial sums", ProofCheck.knownReason(known, DOT_FROM + " normal_behavior 0"));
        assertNull(ProofCheck.knownReason(known, DOT_FROM + " normal_behavior 1"));
    }

    @Test
    void aKindEntryCoversEveryCaseOfThatKindAndAMethodEntryEveryContract() {
        Map<String, String> known = Map.of("GradientStep::apply#behavior", "composition",
                "Vectors::axpy", "offsets");
        String apply = "GradientStep::apply([D,[D,[D,int,int,[D,[I,[D,double,double,[D,[D,[D)";
        assertEquals("composition", ProofCheck.knownReason(known, apply + " behavior 0"));
        assertNull(ProofCheck.knownReason(known, apply + " exceptional_behavior 0"));
        assertEquals("offsets", ProofCheck.knownReason(known, "Vectors::axpy(double,[D,int,[D,int,int) normal_behavior 1"));
    }

    @Test
    void theMostSpecificEntryWins() {
        Map<String, String> known = Map.of("Vectors::dotFrom", "any", "Vectors::dotFrom#normal_behavior", "kind",
                "Vectors::dotFrom#normal_behavior.1", "case");
        assertEquals("case", ProofCheck.knownReason(known, DOT_FROM + " normal_behavior 1"));
        assertEquals("kind", ProofCheck.knownReason(known, DOT_FROM + " normal_behavior 0"));
        assertEquals("any", ProofCheck.knownReason(known, DOT_FROM + " exceptional_behavior 0"));
    }
}
