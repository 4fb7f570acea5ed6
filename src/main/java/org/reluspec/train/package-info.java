/**
 * Networks with biases and their training (logistic GD through the kernel step, the homogeneous schedule), the
 * exact ray walk to the decision boundary, network files. Forward passes, input gradients and parameter updates are
 * kernel methods ({@code Vectors.dotFrom}, {@code TwoLayerNet.outputFrom}, {@code inputGradientAt}, {@code axpy},
 * {@code GradientStep.descend}), in the summation orders these trainers have always used. Layer 3; imports {@code data}, {@code kernel},
 * {@code util}.
 */
package org.reluspec.train;
