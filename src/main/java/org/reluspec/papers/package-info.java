/**
 * The paper plug-in interface ({@link org.reluspec.papers.Paper}) and the one place that finds the papers
 * ({@link org.reluspec.papers.Papers}, a {@link java.util.ServiceLoader}). Layer 7; imports the layers below,
 * never a plug-in.
 */
package org.reluspec.papers;
