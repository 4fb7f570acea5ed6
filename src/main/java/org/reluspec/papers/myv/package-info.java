/**
 * Melamed, Yehudai, Vardi, "Adversarial Examples Exist in Two-Layer ReLU Networks for Low Dimensional Linear
 * Subspaces" as a plug-in ({@link org.reluspec.papers.myv.MyvPaper}): one class per catalogue id
 * ({@code MyvB_1} is {@code MYV-B.1}), the proof steps, the experiments and the Theorem 5.1 construction.
 * Layer 8; imports every layer up to {@code papers}, never another paper, the report or the command line.
 */
package org.reluspec.papers.myv;
