package org.mufakat.web;

/** One thing waiting on the signed-in person, with where to act on it. Text is already in their language. */
public record DashboardItem(String text, String link, String linkText) {
}
