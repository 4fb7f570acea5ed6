/**
 * Cross-cutting helpers: the project's exception type with its enum of violations, precondition checks, number
 * formats. Layer 0 (with kernel); imports only the JDK.
 */
package org.reluspec.util;
