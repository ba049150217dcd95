package org.mufakat.web;

/** A reader chose a language with the switcher; a CDI event: whoever keeps a person's language observes it. */
public record LanguageChosen(String tag) {
}
