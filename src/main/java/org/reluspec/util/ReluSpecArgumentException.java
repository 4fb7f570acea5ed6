package org.reluspec.util;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The one exception type for malformed input: a {@link Violation} plus the offending values.
 * Tests assert {@link #getViolation()} and {@link #getParts()}, never the message text.
 *
 * <p>A hypothesis of a theorem that fails is not malformed input: that is a result
 * ({@code org.reluspec.engine.HypothesisResult}), not an exception.
 */
public final class ReluSpecArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Violation violation;
    private final transient Object[] parts;

    /**
     * @param violation what was violated
     * @param parts the offending values, in the order of the pattern's placeholders
     */
    public ReluSpecArgumentException(Violation violation, Object... parts) {
        super(new MessageFormat(violation.pattern(), Locale.ROOT).format(render(parts)));
        this.violation = violation;
        this.parts = parts.clone();
    }

    private static Object[] render(Object[] parts) {
        Object[] out = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            // MessageFormat would localize and group numbers ("1,024"); the offending value is shown as typed.
            out[i] = String.valueOf(parts[i]);
        }
        return out;
    }

    /** @return the violated precondition */
    public Violation getViolation() {
        return violation;
    }

    /** @return a copy of the offending values */
    public Object[] getParts() {
        return parts.clone();
    }
}
