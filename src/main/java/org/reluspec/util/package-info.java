/**
 * Cross-cutting helpers: the project's exception type with its enum of violations, and precondition checks.
 * Layer: utility, imported by every layer above the kernel; imports only the JDK.
 */
package org.reluspec.util;
