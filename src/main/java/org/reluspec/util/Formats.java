package org.reluspec.util;

import java.util.Locale;

/** Number formatting shared by messages, formulas and reports, locale-independent. */
public final class Formats {

    private Formats() {
    }

    /**
     * @param v a value
     * @return integers without a fraction ({@code 1024}), other values as {@link Double#toString(double)},
     *         {@code infinity} / {@code -infinity} for the infinities
     */
    public static String plain(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "infinity" : "-infinity";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * @param v a value
     * @return four significant digits, e.g. {@code 2.762e-04} or {@code 0.5205}
     */
    public static String fourDigits(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * @param seconds a duration
     * @return it as {@code H:MM:SS}, for progress lines
     */
    public static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
