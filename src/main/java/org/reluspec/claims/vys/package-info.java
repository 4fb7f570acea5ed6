/**
 * Claims of Vardi, Yehudai, Shamir, "Gradient Methods Provably Converge to Non-Robust Networks": one class per
 * catalogue id. Layer: claims; may import every layer below.
 */
package org.reluspec.claims.vys;
