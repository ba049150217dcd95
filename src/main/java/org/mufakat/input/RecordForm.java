package org.mufakat.input;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * The consultation record and the preamble. Dates and counts stay text until checked, so whatever was typed comes
 * back with the form. {@code version} is the input's version the editor saw.
 */
public record RecordForm(
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{mufakat.input.date}") String startedOn,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{mufakat.input.date}") String endedOn,
        @Size(max = 300, message = "{mufakat.tooLong}") String venue,
        @Size(max = 1000, message = "{mufakat.tooLong}") String organisers,
        @Pattern(regexp = "\\d{1,6}", message = "{mufakat.input.count}") String participantsTotal,
        @Pattern(regexp = "\\d{1,6}", message = "{mufakat.input.count}") String participantsWomen,
        @Pattern(regexp = "\\d{1,6}", message = "{mufakat.input.count}") String participantsMen,
        @Pattern(regexp = "\\d{1,6}", message = "{mufakat.input.count}") String participantsOther,
        @Size(max = 2000, message = "{mufakat.tooLong}") String sectors,
        @Size(max = 20000, message = "{mufakat.tooLong}") String preamble,
        Long version) {

    public static RecordForm from(FormData f) {
        return new RecordForm(f.text("startedOn"), f.text("endedOn"), f.text("venue"), f.text("organisers"),
                f.text("participantsTotal"), f.text("participantsWomen"), f.text("participantsMen"),
                f.text("participantsOther"), f.text("sectors"), f.text("preamble"), f.number("version"));
    }

    public static RecordForm of(NationalInput i) {
        return new RecordForm(text(i.startedOn), text(i.endedOn), i.venue, i.organisers, text(i.participantsTotal),
                text(i.participantsWomen), text(i.participantsMen), text(i.participantsOther), i.sectors, i.preamble,
                i.isSaved() ? i.version : null);
    }

    /** The same text with another version: what a conflict page sends back so that saving again wins. */
    public RecordForm withVersion(Long newVersion) {
        return new RecordForm(startedOn, endedOn, venue, organisers, participantsTotal, participantsWomen,
                participantsMen, participantsOther, sectors, preamble, newVersion);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
