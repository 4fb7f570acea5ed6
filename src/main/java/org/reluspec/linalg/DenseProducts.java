package org.reluspec.linalg;

/**
 * How the dense matrix products of training are computed.
 */
public enum DenseProducts {

    /** The suite's own loops in a fixed summation order: the same bits on every machine (what mvn verify runs). */
    REFERENCE,

    /**
     * {@link Blas}: several times faster at the papers' sizes; rounds differently from {@link #REFERENCE} (checked
     * against it with a forward-error bound), so a run with it is reproducible on one CPU kind, not across kinds.
     */
    BLAS;

    /** @return {@code reference} or {@code blas} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
