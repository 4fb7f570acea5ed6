/**
 * PNG output of XChart charts, shared by experiments and the report. Layer 1; imports XChart only.
 */
package org.reluspec.plots;
