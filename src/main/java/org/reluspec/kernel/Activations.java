package org.reluspec.kernel;

/**
 * The ReLU {@code sigma(t) = max(t, 0)} and the derivative convention {@code sigma'(t) = 1[t >= 0]}.
 *
 * <p>Written without {@code java.lang.Math}: KeY's {@code Math.max} stub returns {@code max(NaN, 0) = 0}
 * where the JDK returns NaN, so a proof through it would describe a different function from the one that runs.
 * Here NaN propagates through {@link #relu(double)}, so a corrupted pre-activation cannot hide.
 *
 * <p>Kernel layer: Java-5-level syntax, no dependencies, JML contracts proved by KeY.
 */
public final class Activations {

    private Activations() {
    }

    /*@ public normal_behavior
      @ ensures t < 0.0 ==> \result == 0.0;        // negative-part-cut
      @ ensures t >= 0.0 ==> \result == t;         // identity-on-nonnegatives
      @ ensures Double.isNaN(t) ==> Double.isNaN(\result);   // NaN-propagates
      @ assignable \strictly_nothing;
      @*/
    /**
     * {@code sigma(t) = max(t, 0)}.
     *
     * @param t the pre-activation
     * @return {@code t} when {@code t >= 0}, {@code 0.0} when {@code t < 0}, NaN for NaN
     */
    public static double relu(double t) {
        return t < 0.0 ? 0.0 : t;
    }

    /*@ public normal_behavior
      @ ensures t >= 0.0 ==> \result == 1.0;       // active (kink counts as active)
      @ ensures !(t >= 0.0) ==> \result == 0.0;    // inactive, and NaN
      @ assignable \strictly_nothing;
      @*/
    /**
     * {@code sigma'(t) = 1[t >= 0]}: the catalogue's convention, which puts the kink {@code t = 0} on the active side
     * (MYV's set {@code S = {i : <w_i, x0> >= 0}}).
     *
     * @param t the pre-activation
     * @return {@code 1.0} when {@code t >= 0}, otherwise {@code 0.0}
     */
    public static double step(double t) {
        return t >= 0.0 ? 1.0 : 0.0;
    }
}
