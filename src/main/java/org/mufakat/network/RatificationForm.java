package org.mufakat.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/**
 * A change to one cell of the ratification table: the day of ratification (or accession), for the 1990 convention
 * the day of signature, and the source of the change. Days stay text until checked, so what was typed comes back
 * with its error; {@code version} is the one the editor saw.
 */
public record RatificationForm(
        String ratifiedOn,
        String signedOn,
        @NotBlank(message = "{mufakat.ratification.sourceRequired}")
        @Size(max = 500, message = "{mufakat.tooLong}") String source,
        Long version) {

    public static RatificationForm from(FormData f) {
        return new RatificationForm(f.text("ratifiedOn"), f.text("signedOn"), f.text("source"), f.number("version"));
    }

    /** The cell as it stands; the source is left for the editor to give anew. */
    public static RatificationForm of(Ratification r) {
        return new RatificationForm(r.ratifiedOn == null ? null : r.ratifiedOn.toString(),
                r.signedOn == null ? null : r.signedOn.toString(), null, r.version);
    }

    public RatificationForm withVersion(long current) {
        return new RatificationForm(ratifiedOn, signedOn, source, current);
    }
}
