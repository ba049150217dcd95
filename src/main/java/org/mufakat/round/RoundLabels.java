package org.mufakat.round;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import org.mufakat.web.Texts;

/** Names of stages and input states in the page's language: {@code round.status.label}, {@code row.label}. */
@TemplateExtension
public class RoundLabels {

    private RoundLabels() {
    }

    static String label(RoundStatus status) {
        return text("mufakat.round.status." + status.name());
    }

    static String label(CompletenessMatrix.Row row) {
        return text("mufakat.round.inputState." + row.shownState());
    }

    /** The kind of status tag: its colour, always next to the text. */
    static String tagKind(CompletenessMatrix.Row row) {
        return row.late() ? "error" : row.state().isComplete() ? "ok" : row.state() == InputState.RETURNED ? "warn"
                : "muted";
    }

    private static String text(String key) {
        return Arc.container().instance(Texts.class).get().get(key);
    }
}
