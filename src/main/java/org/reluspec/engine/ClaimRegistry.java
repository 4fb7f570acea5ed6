package org.reluspec.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/** A set of claims (every paper's, from {@code org.reluspec.papers.Papers#registry()}), looked up by id. */
public final class ClaimRegistry {

    private final List<Claim> claims;

    private ClaimRegistry(List<Claim> claims) {
        this.claims = Collections.unmodifiableList(new ArrayList<>(claims));
    }

    /**
     * @param claims the claims, in display order
     * @return a registry over them
     */
    public static ClaimRegistry of(List<Claim> claims) {
        return new ClaimRegistry(claims);
    }

    /** @return all claims */
    public List<Claim> all() {
        return claims;
    }

    /**
     * @param id a catalogue id, e.g. {@code "MYV-B.1"} (case-insensitive)
     * @return every variant of that claim
     * @throws ReluSpecArgumentException {@link Violation#UNKNOWN_CLAIM} when there is none
     */
    public List<Claim> byId(String id) {
        List<Claim> found = claims.stream().filter(c -> c.id().equalsIgnoreCase(id)).toList();
        if (found.isEmpty()) {
            throw new ReluSpecArgumentException(Violation.UNKNOWN_CLAIM, id);
        }
        return found;
    }
}
