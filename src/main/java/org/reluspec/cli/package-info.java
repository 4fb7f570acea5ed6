/**
 * The picocli command line ({@code reluspec list}, {@code reluspec check}).
 * Layer: top; may import everything.
 */
package org.reluspec.cli;
