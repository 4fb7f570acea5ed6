package org.reluspec.negative;

/**
 * Negative control for the ghost-index family (the frozen-weights contracts of {@code GradientStep} hold "for every
 * column" by naming one arbitrary column, a static ghost field no code writes): a claim that holds at index 0 and
 * fails at the last index. Must stay open; it closes if KeY ever fixes the ghost field's value (at Java's default 0,
 * say), which would make every ghost-index proof vacuous.
 */
public final class GhostIndexAtZero {

    //@ public static ghost int index;

    private GhostIndexAtZero() {
    }

    /*@ public normal_behavior
      @ requires g != null && 1 < g.length;
      @ ensures 0 <= index && index < g.length ==> g[index] == 0.0;   // false at index g.length - 1
      @ assignable g[*];
      @*/
    public static void zeroAllButLast(double[] g) {
        /*@ loop_invariant 0 <= k && k <= g.length - 1;
          @ loop_invariant (\forall int q; 0 <= q && q < k; g[q] == 0.0);
          @ assignable g[*];
          @ decreases g.length - 1 - k;
          @*/
        for (int k = 0; k < g.length - 1; k++) {
            g[k] = 0.0;
        }
    }
}
