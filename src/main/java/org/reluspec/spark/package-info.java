/**
 * The Spark entry point ({@code reluspec-spark.jar}): {@code check}, {@code falsify} and {@code experiment} with their
 * units computed on a Spark cluster ({@code local[*]} by default) and assembled on the driver by the command's own
 * code. Spark is a provided dependency: the cluster supplies it, the main jar does not carry it.
 * Layer 11 (top); imports {@code cli} and {@code work}.
 */
package org.reluspec.spark;
