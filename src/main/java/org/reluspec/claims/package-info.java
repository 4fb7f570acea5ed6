/**
 * The claim model (id, variant, source, typed parameters, hypotheses evaluated one by one, conclusion, verdict),
 * the registry of encoded claims, and the checks that turn a claim and a parameter point into a verdict.
 * Layer: claims; may import every layer below ({@code kernel}, {@code stats}, {@code harness}, {@code util}).
 */
package org.reluspec.claims;
