/**
 * Networks with biases and their training (logistic GD through the kernel step, the homogeneous schedule), the
 * exact ray walk to the decision boundary, network files. Layer 3; imports {@code data}, {@code kernel},
 * {@code util}.
 */
package org.reluspec.train;
