package org.reluspec.harness;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * The random stream of every trial, derived from {@code (master seed, claim id, grid point, trial index)} alone, so a
 * trial's outcome does not depend on which thread ran it or on how many threads there were, and any trial can be
 * replayed by itself.
 *
 * <p>Derivation: the four key parts are folded into one 64-bit key with the SplitMix64 finalizer (Steele, Lea,
 * Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), the trial index is mixed in the same way,
 * and a {@link SplitMix64} seeded with the result fills the 256-bit state of a {@link XoShiRo256PlusPlus}
 * (Blackman and Vigna, 2018), the generator every trial draws from. Mixing before seeding keeps neighbouring trial
 * indices from producing shifted copies of one SplitMix64 sequence.
 */
public final class TrialStreams {

    /** Name of the generator every trial uses, recorded in reports. */
    public static final String GENERATOR = "XO_SHI_RO_256_PP seeded by SplitMix64 (commons-rng 1.6)";

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long masterSeed;
    private final String claimKey;
    private final int gridPoint;
    private final long key;
    private final long offset;

    /**
     * @param masterSeed the run's master seed
     * @param claimKey the claim id (and variant), e.g. {@code "MYV-B.1"}
     * @param gridPoint index of the grid point within the claim
     */
    public TrialStreams(long masterSeed, String claimKey, int gridPoint) {
        this.masterSeed = masterSeed;
        this.claimKey = claimKey;
        this.gridPoint = gridPoint;
        long h = mix(masterSeed);
        h = mix(h ^ fnv1a(claimKey));
        this.key = mix(h ^ mix(gridPoint + GOLDEN_GAMMA));
        this.offset = 0;
    }

    private TrialStreams(TrialStreams base, long offset) {
        this.masterSeed = base.masterSeed;
        this.claimKey = base.claimKey;
        this.gridPoint = base.gridPoint;
        this.key = base.key;
        this.offset = offset;
    }

    /**
     * @param first the trial index that local index 0 should map to
     * @return the same streams, with local trial {@code t} being trial {@code first + t} of this object
     */
    public TrialStreams shifted(long first) {
        return first == 0 ? this : new TrialStreams(this, offset + first);
    }

    /**
     * @param trial the trial index, {@code >= 0}
     * @return a fresh generator for that trial, identical on every call with the same arguments
     */
    public UniformRandomProvider forTrial(long trial) {
        SplitMix64 seeder = new SplitMix64(mix(key ^ mix((offset + trial) * GOLDEN_GAMMA + 1)));
        return new XoShiRo256PlusPlus(seeder.nextLong(), seeder.nextLong(), seeder.nextLong(), seeder.nextLong());
    }

    /** @return the master seed */
    public long masterSeed() {
        return masterSeed;
    }

    /** @return the claim key */
    public String claimKey() {
        return claimKey;
    }

    /** @return the grid point index */
    public int gridPoint() {
        return gridPoint;
    }

    /** The SplitMix64 output finalizer (Stafford's "Mix13" variant). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a of the UTF-8 bytes: a stable, platform-independent hash of the claim key. */
    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
