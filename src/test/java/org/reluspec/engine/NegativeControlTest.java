package org.reluspec.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class NegativeControlTest {

    /**
     * A decorator that misses a default method silently changes behaviour (a missed {@code costPerTrial} once made the
     * false-alarm run 40 times slower). Every default method except the derived {@code key()} must be forwarded.
     */
    @Test
    void forwardsEveryDefaultMethodOfTheClaimInterfaces() {
        for (Class<?> type : new Class<?>[] {Claim.class, ProbabilisticClaim.class}) {
            for (Method m : type.getDeclaredMethods()) {
                if (m.isDefault() && !m.getName().equals("key")) {
                    assertDoesNotThrow(() -> NegativeControl.class.getDeclaredMethod(m.getName(), m.getParameterTypes()),
                            "NegativeControl must override " + m);
                }
            }
        }
    }
}
