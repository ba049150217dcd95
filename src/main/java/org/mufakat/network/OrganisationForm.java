package org.mufakat.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.mufakat.web.FormData;

/** Add or edit a member organisation. */
public record OrganisationForm(
        @NotNull(message = "{mufakat.choose}") Long constituencyId,
        @NotBlank(message = "{mufakat.required}") @Size(max = 200, message = "{mufakat.tooLong}") String name,
        @Size(max = 40, message = "{mufakat.tooLong}") String acronym,
        @Size(max = 200, message = "{mufakat.tooLong}") String contactName,
        @Email(message = "{mufakat.email}") @Size(max = 254, message = "{mufakat.tooLong}") String contactEmail,
        @Size(max = 60, message = "{mufakat.tooLong}") String contactPhone,
        @Pattern(regexp = "https?://\\S+", message = "{mufakat.url}") @Size(max = 300,
                message = "{mufakat.tooLong}") String website,
        Long version) {

    public static OrganisationForm from(FormData f) {
        return new OrganisationForm(f.number("constituencyId"), f.text("name"), f.text("acronym"),
                f.text("contactName"), f.text("contactEmail"), f.text("contactPhone"), f.text("website"),
                f.number("version"));
    }

    public static OrganisationForm of(MemberOrganisation o) {
        return new OrganisationForm(o.constituency.id, o.name, o.acronym, o.contactName, o.contactEmail,
                o.contactPhone, o.website, o.version);
    }

    public static OrganisationForm empty(Long constituencyId) {
        return new OrganisationForm(constituencyId, null, null, null, null, null, null, null);
    }
}
