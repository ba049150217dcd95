package org.mufakat.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** Add or change a statement. {@code theme} is the theme's code; {@code version} the statement's, when editing. */
public record StatementForm(
        @NotBlank(message = "{mufakat.input.chooseTheme}") String theme,
        @NotBlank(message = "{mufakat.input.chooseAddressee}") String addressee,
        @NotBlank(message = "{mufakat.required}") @Size(max = 10000, message = "{mufakat.tooLong}") String text,
        @Size(max = 10000, message = "{mufakat.tooLong}") String evidence,
        boolean restricted,
        Long version) {

    public static StatementForm from(FormData f) {
        return new StatementForm(f.text("theme"), f.text("addressee"), f.text("text"), f.text("evidence"),
                "true".equals(f.text("restricted")), f.number("version"));
    }

    public static StatementForm of(Statement s) {
        return new StatementForm(s.theme.code, s.addressee, s.text, s.evidence, s.restricted, s.version);
    }

    /** A new statement, in the theme the editor shows. */
    public static StatementForm inTheme(InputView view) {
        return new StatementForm(view.shown() == null ? null : view.shown().theme().code, null, null, null, false,
                null);
    }

    public StatementForm withVersion(Long newVersion) {
        return new StatementForm(theme, addressee, text, evidence, restricted, newVersion);
    }
}
