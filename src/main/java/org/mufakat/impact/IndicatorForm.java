package org.mufakat.impact;

/**
 * The impact page's filter as typed: a year range and a forum, all optional; {@link ImpactWorkflow#filter} checks
 * it and fills in the defaults.
 */
public record IndicatorForm(String from, String to, String forumId) {
}
