/**
 * Wang, Ullah, Mianjy, Arora, "Adversarial robustness is at odds with lazy training" as a plug-in
 * ({@link org.reluspec.papers.wuma.WumaPaper}): one class per catalogue id, the order claims, the proof steps,
 * the section 5 experiments, and Theorem 3.1's hypotheses ({@code WumaTheorems}).
 * Layer 8; imports every layer up to {@code papers}, never another paper, the report or the command line.
 */
package org.reluspec.papers.wuma;
