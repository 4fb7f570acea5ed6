package org.reluspec.negative;

/** Negative control: {@code n + 1 > n} is false at {@code Integer.MAX_VALUE}; holds only if overflow is ignored. */
public final class IntOverflow {

    private IntOverflow() {
    }

    /*@ public normal_behavior
      @ ensures \result > n;
      @ assignable \strictly_nothing;
      @*/
    public static int successor(int n) {
        return n + 1;
    }
}
