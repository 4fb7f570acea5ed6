/**
 * Claims of Melamed, Yehudai, Vardi, "Adversarial Examples Exist in Two-Layer ReLU Networks for Low Dimensional
 * Linear Subspaces": one class per catalogue id ({@code MyvB_1} is {@code MYV-B.1}).
 * Layer: claims; may import every layer below.
 */
package org.reluspec.claims.myv;
