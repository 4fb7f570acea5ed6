package org.reluspec.negative;

/** Negative control: {@code x * 0.0 == 0.0} is false for NaN and the infinities. Must stay open. */
public final class FloatFalseForNaN {

    private FloatFalseForNaN() {
    }

    /*@ public normal_behavior
      @ ensures \result == 0.0;
      @ assignable \strictly_nothing;
      @*/
    public static double timesZero(double x) {
        return x * 0.0;
    }
}
