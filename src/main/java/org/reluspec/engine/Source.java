package org.reluspec.engine;

/**
 * Where a claim is printed.
 *
 * @param paper the paper's id prefix: {@code MYV}, {@code WUMA} or {@code VYS}
 * @param label the paper's own label, e.g. {@code "Lemma B.1"}
 * @param location the seed file(s) and lines, e.g. {@code "F001 L493-L497; F000 App. B"}
 */
public record Source(String paper, String label, String location) {
}
