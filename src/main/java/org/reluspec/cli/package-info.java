/**
 * The picocli command line; each paper may add subcommands ({@link org.reluspec.papers.Paper#commands()}).
 * Layer 10 (top); imports every layer up to {@code report}; never a plug-in.
 */
package org.reluspec.cli;
