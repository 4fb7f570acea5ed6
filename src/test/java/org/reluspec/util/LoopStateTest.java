package org.reluspec.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoopStateTest {

    /** Gives {@code kept} back and records what is saved. */
    private static LoopState.Keeper keeper(LoopState.Saved kept, List<LoopState.Saved> saved) {
        return new LoopState.Keeper() {
            @Override
            public Optional<LoopState.Saved> load() {
                return Optional.ofNullable(kept);
            }

            @Override
            public void save(LoopState.Saved state) {
                saved.add(state);
            }
        };
    }

    @Test
    void withoutAKeeperNothingIsResumedOrAskedFor() {
        LoopState.Loop loop = LoopState.enter("GD");
        assertSame(LoopState.Loop.NONE, loop);
        assertTrue(loop.resumed().isEmpty());
        loop.offer(3, () -> {
            throw new AssertionError("no one keeps the state");
        });
    }

    @Test
    void aStateGoesBackOnlyToTheLoopOfItsKindAndPositionInTheUnit() {
        LoopState.Saved second = new LoopState.Saved(1, "GD k=4", 70, new double[][] {{1, 2}});
        List<LoopState.Saved> saved = new ArrayList<>();
        List<Optional<LoopState.Saved>> seen = LoopState.keeping(keeper(second, saved), 0, () -> List.of(
                LoopState.enter("GD k=4").resumed(),     // the unit's first loop: recomputed
                LoopState.enter("GD k=4").resumed(),     // its second: resumed
                LoopState.enter("GD k=4").resumed()));   // its third: starts afresh
        assertEquals(List.of(Optional.empty(), Optional.of(second), Optional.empty()), seen);
        assertTrue(LoopState.keeping(keeper(second, saved), 0, () -> {
            LoopState.enter("GD k=4");
            return LoopState.enter("GD k=5").resumed().isEmpty();   // the right position, another kind of loop
        }));
        assertSame(LoopState.Loop.NONE, LoopState.enter("GD k=4"), "the keeper is gone with its unit");
    }

    @Test
    void offersAreKeptWithTheLoopsPositionAndAtMostAsOftenAsAsked() {
        List<LoopState.Saved> saved = new ArrayList<>();
        LoopState.keeping(keeper(null, saved), 0, () -> {
            LoopState.enter("first");
            LoopState.Loop loop = LoopState.enter("second");
            for (int step = 0; step < 3; step++) {
                double[] w = {step};
                loop.offer(step, () -> new double[][] {w});
            }
            return null;
        });
        assertEquals(3, saved.size());
        assertEquals(1, saved.get(2).ordinal());
        assertEquals("second", saved.get(2).label());
        assertEquals(2, saved.get(2).step());
        assertEquals(2.0, saved.get(2).arrays()[0][0]);
        saved.clear();
        LoopState.keeping(keeper(null, saved), 3_600_000_000_000L, () -> {
            LoopState.Loop loop = LoopState.enter("GD");
            for (int step = 0; step < 1000; step++) {
                loop.offer(step, () -> {
                    throw new AssertionError("an hour has not passed");
                });
            }
            return null;
        });
        assertFalse(saved.iterator().hasNext());
    }
}
