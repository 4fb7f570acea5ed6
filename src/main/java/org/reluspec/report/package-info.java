/**
 * Reports: the JSON form of a run (schema in {@code spec/report-schema.md}), the console claims table, the
 * specification documents, the HTML report and the regime maps. Layer 9; imports every layer up to
 * {@code papers} and Jackson; never a plug-in.
 */
package org.reluspec.report;
