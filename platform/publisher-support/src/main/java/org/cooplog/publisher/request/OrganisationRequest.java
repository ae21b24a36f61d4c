package org.cooplog.publisher.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cooplog.events.common.Organisation;
import org.cooplog.publisher.validation.CountryCode;

/** An agency, embassy, international body or civil-society organisation. */
public record OrganisationRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String nameEn,
        @Size(max = 30) String abbreviation,
        @CountryCode String country) {

    public Organisation toAvro() {
        return new Organisation(Text.nfc(name), Text.nfc(nameEn), Text.nfc(abbreviation), country);
    }
}
