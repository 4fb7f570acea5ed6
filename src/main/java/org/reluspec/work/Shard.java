package org.reluspec.work;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code k} of {@code n} of a run: the units {@code i} with {@code i mod n = k - 1}, so that the shards of any
 * {@code n} partition the run and a shard is the same whoever computes it.
 *
 * @param k which, {@code 1..n}
 * @param n how many
 */
public record Shard(int k, int n) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    /** @throws IllegalArgumentException unless {@code 1 <= k <= n} */
    public Shard {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("shard " + k + "/" + n + " is not K/N with 1 <= K <= N");
        }
    }

    /**
     * @param text {@code K/N}
     * @return the shard
     * @throws IllegalArgumentException when the text is not {@code K/N} with {@code 1 <= K <= N}
     */
    public static Shard parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not K/N with 1 <= K <= N");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * @param all a run's units in its order
     * @param <T> unit type
     * @return this shard's units, in the run's order
     */
    public <T> List<T> of(List<T> all) {
        List<T> own = new ArrayList<>();
        for (int i = k - 1; i < all.size(); i += n) {
            own.add(all.get(i));
        }
        return own;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
