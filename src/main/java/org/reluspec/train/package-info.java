/**
 * Networks with biases and their training (logistic GD through the kernel step, the homogeneous schedule), the
 * exact ray walk to the decision boundary, network files. Forward passes, input gradients and parameter updates are
 * kernel methods ({@code Vectors.dotFrom}, {@code TwoLayerNet.outputFrom}, {@code inputGradientAt}, {@code axpy},
 * {@code GradientStep.descend}), in the summation orders these trainers have always used, or have their bits
 * several rows or terms at a time ({@code linalg.RowDots}, {@code linalg.Axpys}, and {@code TransposedProducts}, on which
 * {@code HomogeneousGd} and {@code BiasedGd} train {@code W^T}; each checked against the kernel bit for bit). Layer 3; imports {@code data}, {@code kernel}, {@code linalg}, {@code util}.
 */
package org.reluspec.train;
