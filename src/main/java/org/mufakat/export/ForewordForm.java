package org.mufakat.export;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** The foreword as edited: its Markdown and the version read (0 while none is written). */
public record ForewordForm(
        @NotBlank(message = "{mufakat.export.forewordRequired}")
        @Size(max = Foreword.MAX_LENGTH, message = "{mufakat.export.forewordTooLong}") String text,
        Long version) {

    public static ForewordForm from(FormData f) {
        return new ForewordForm(f.text("text"), f.number("version"));
    }

    /** What is written, or an empty form at version 0. */
    public static ForewordForm of(Foreword f) {
        return f == null ? new ForewordForm(null, 0L) : new ForewordForm(f.text, f.version);
    }

    public ForewordForm withVersion(long current) {
        return new ForewordForm(text, current);
    }
}
