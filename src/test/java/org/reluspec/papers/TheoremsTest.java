package org.reluspec.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.ProbabilisticClaim;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;

/**
 * The Theorem value is the one source of truth per catalogue id: every variant of an id refers to the same value, a
 * variant's domain never reaches outside the theorem's printed one, and a variant that states the theorem's bound
 * computes the theorem's value of it.
 */
class TheoremsTest {

    private static List<Claim> claims() {
        return Papers.all().stream().flatMap(p -> p.claims().stream()).toList();
    }

    @Test
    void everyVariantOfAnIdRefersToTheSameTheoremValue() {
        Map<String, Theorem> byId = new HashMap<>();
        for (Claim c : claims()) {
            assertEquals(c.id(), c.theorem().id(), c.key());
            Theorem first = byId.putIfAbsent(c.id(), c.theorem());
            if (first != null) {
                assertSame(first, c.theorem(), c.key() + " builds its own theorem value instead of sharing its id's");
            }
        }
        assertTrue(byId.size() >= 75, "ids with a theorem: " + byId.size());
    }

    @Test
    void eachPaperListsEveryTheoremOnceUnderItsPrefix() {
        for (Paper p : Papers.all()) {
            List<String> ids = p.theorems().stream().map(Theorem::id).toList();
            assertEquals(ids.stream().distinct().count(), ids.size(), p.prefix() + " lists a theorem twice: " + ids);
            for (String id : ids) {
                assertTrue(id.startsWith(p.prefix() + "-"), id + " under " + p.prefix());
            }
            for (Claim c : p.claims()) {
                assertTrue(ids.contains(c.id()), c.key() + " has no theorem in " + p.prefix() + ".theorems()");
            }
        }
    }

    /** A variant may cap a parameter (array sizes, a check's cost), never widen the printed domain or retype it. */
    @Test
    void aVariantsParametersLieInsideTheTheoremsDomain() {
        List<String> outside = new ArrayList<>();
        for (Claim c : claims()) {
            for (ParameterSpec v : c.parameters()) {
                Optional<ParameterSpec> t = c.theorem().parameters().stream()
                        .filter(s -> s.name().equals(v.name())).findFirst();
                if (t.isPresent() && !inside(v, t.get())) {
                    outside.add(c.key() + " " + v.name() + " " + v.range() + " outside " + t.get().range());
                }
            }
        }
        assertTrue(outside.isEmpty(), String.join("\n", outside));
    }

    @Test
    void aVariantStatingTheTheoremsBoundComputesTheTheoremsValue() {
        int compared = 0;
        for (Claim c : claims()) {
            if (c instanceof ProbabilisticClaim pc && c.theorem().bound().isPresent()
                    && pc.boundFormula().equals(c.theorem().bound().get().formula())) {
                for (ParameterPoint point : c.defaultGrid()) {
                    assertEquals(c.theorem().statedBound(point), pc.statedBound(point), 0.0, c.key() + " at " + point);
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, "points compared: " + compared);
    }

    @Test
    void aTheoremWithARepeatedParameterOrHypothesisNameIsRefused() {
        Theorem t = Theorem.of("T-1", new Source("T", "Lemma 1", "test"), "s");
        ParameterSpec n = ParameterSpec.integer("n", 1, 10, "n");
        assertThrows(IllegalArgumentException.class, () -> t.withParameters(n, n));
        assertFalse(t.bound().isPresent());
        assertThrows(IllegalStateException.class, () -> t.statedBound(null));
        assertThrows(IllegalArgumentException.class, () -> t.parameter("n"));
    }

    private static boolean inside(ParameterSpec v, ParameterSpec t) {
        boolean lower = v.min() > t.min() || v.min() == t.min() && (t.minInclusive() || !v.minInclusive());
        boolean upper = v.max() < t.max() || v.max() == t.max() && (t.maxInclusive() || !v.maxInclusive());
        return v.integer() == t.integer() && lower && upper;
    }
}
