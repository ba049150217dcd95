package org.mufakat.harmonize;

import org.mufakat.web.Texts;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** Names of fates in the page's language: {@code disposition.fate.label}. */
@TemplateExtension
public class HarmonizeLabels {

    private HarmonizeLabels() {
    }

    /** The start of a long text, for a list of choices. */
    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 89).strip() + "…";
    }

    static String label(Fate fate) {
        return Arc.container().instance(Texts.class).get().get("mufakat.harmonize.fate." + fate.name());
    }
}
