package org.cooplog.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.Organisation;

/**
 * Who an activity was with, by the part they played: who organised or coordinated it (the OGP track records them in
 * its details), who funded it, and its partners, with a bilateral activity's partner country. "With whom" is asked of
 * all of them: a workshop organised by a civil-society organisation with money from two embassies has no partner in
 * the plan's sense, yet it was held with each of them.
 *
 * @param partnerCountry the ISO code of the country a bilateral activity is with, or null
 */
public record ActivityParties(
        List<Organisation> organisers, List<Organisation> funders, List<Organisation> partners, String partnerCountry) {

    private static final List<Locale> COUNTRY_NAMES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    public ActivityParties {
        organisers = List.copyOf(organisers);
        funders = List.copyOf(funders);
        partners = List.copyOf(partners);
    }

    public static ActivityParties of(Activity activity) {
        List<Organisation> organisers = new ArrayList<>();
        for (String role : List.of("organiser", "coordinator")) {
            if (field(activity.details(), role) instanceof Organisation organisation) {
                organisers.add(organisation);
            }
        }
        Object country = field(activity.details(), "partnerCountry");
        return new ActivityParties(
                organisers,
                activity.plan().getFunders(),
                activity.plan().getPartners(),
                country == null ? null : country.toString());
    }

    /**
     * Whether one of them is the one named: by ISO country code, by the country's name in Vietnamese or English, by
     * abbreviation, or by name in either language. Case, diacritics and surrounding spaces do not matter.
     */
    public boolean include(String named) {
        if (SearchText.fold(named).isEmpty()) {
            return false;
        }
        if (partnerCountry != null && isCountry(partnerCountry, named)) {
            return true;
        }
        return Stream.of(organisers, funders, partners)
                .flatMap(List::stream)
                .anyMatch(organisation -> SearchText.same(named, organisation.getName())
                        || SearchText.same(named, organisation.getNameEn())
                        || SearchText.same(named, organisation.getAbbreviation())
                        || (organisation.getCountry() != null && isCountry(organisation.getCountry(), named)));
    }

    /**
     * The names in Vietnamese and English of the country named by its ISO code or by one of those names, so that a
     * text naming it can be found whichever of them was typed; empty when no country is named.
     */
    public static List<String> countryNames(String named) {
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> isCountry(code, named))
                .findFirst()
                .map(code -> COUNTRY_NAMES.stream()
                        .map(language -> new Locale("", code).getDisplayCountry(language))
                        .toList())
                .orElse(List.of());
    }

    private static boolean isCountry(String code, String named) {
        if (named.strip().equalsIgnoreCase(code)) {
            return true;
        }
        Locale country = new Locale("", code);
        return COUNTRY_NAMES.stream().anyMatch(language -> SearchText.same(named, country.getDisplayCountry(language)));
    }

    private static Object field(SpecificRecord record, String name) {
        Schema.Field field = record.getSchema().getField(name);
        return field == null ? null : record.get(field.pos());
    }
}
