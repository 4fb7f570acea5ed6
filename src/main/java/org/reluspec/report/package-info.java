/**
 * Reports: the JSON form of a run (schema in {@code spec/report-schema.md}) and the console claims table.
 * Layer: report; may import everything below, plus Jackson.
 */
package org.reluspec.report;
