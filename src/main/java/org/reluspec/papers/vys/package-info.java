/**
 * Vardi, Yehudai, Shamir, "Gradient Methods Provably Converge to Non-Robust Networks" as a plug-in
 * ({@link org.reluspec.papers.vys.VysPaper}): one class per catalogue id, the KKT family, the proof steps, the
 * section 6 experiments, Theorem 4.1's hypotheses ({@code VysTheorems}) and the {@code reluspec kkt} command.
 * Layer 8; imports every layer up to {@code papers}, never another paper, the report or the command line.
 */
package org.reluspec.papers.vys;
