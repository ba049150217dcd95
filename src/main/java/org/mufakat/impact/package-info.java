/**
 * Impact, after submissions: the indicators the network's research names (seats at the table, acknowledgement by
 * officials, new allies, uptake into official texts), counted per year range and per forum from the submission
 * feature's records, with charts drawn on the server as SVG ({@link org.mufakat.impact.BarChart}), a table beside
 * each, a CSV and the same numbers as JSON. Nothing earlier imports it.
 */
package org.mufakat.impact;
