/**
 * Claims of Wang, Ullah, Mianjy, Arora, "Adversarial robustness is at odds with lazy training": one class per
 * catalogue id ({@code WumaB_4} is {@code WUMA-B.4}). Layer: claims; may import every layer below.
 */
package org.reluspec.claims.wuma;
