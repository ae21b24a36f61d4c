package org.cooplog.console.activity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who an activity was with, in one line of the timeline in the reader's language: who organised it, who funded it,
 * then its partners, e.g. "Tổ chức Hướng tới Minh bạch (tổ chức); Bỉ, Đan Mạch (tài trợ)". A funder of another
 * country is named by its country, since what the reader asks is which country paid; an organiser by its name.
 */
@Component
class PartyNames {

    private static final String HOME = "VN";

    private final MessageSource messages;

    PartyNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The line for one activity of the projector's timeline; empty when it names nobody. */
    String line(Map<String, Object> activity, Locale locale) {
        List<String> parts = new ArrayList<>();
        Set<String> organisers = new LinkedHashSet<>();
        parties(activity.get("organisers")).forEach(party -> organisers.add(name(party, locale)));
        Set<String> funders = new LinkedHashSet<>();
        parties(activity.get("funders")).forEach(party -> funders.add(funder(party, locale)));
        if (!organisers.isEmpty()) {
            parts.add(labelled(organisers, "parties.organiser", locale));
        }
        if (!funders.isEmpty()) {
            parts.add(labelled(funders, "parties.funder", locale));
        }
        List<String> partners = strings(activity.get("partners"));
        if (!partners.isEmpty()) {
            parts.add(String.join(", ", partners));
        } else if (activity.get("partnerCountry") instanceof String country && !country.isBlank()) {
            parts.add(country(country, locale));
        }
        return String.join("; ", parts);
    }

    /** Who organised or coordinated an activity, from its details, by full name: the activity page lists them. */
    List<String> organisers(Object details, Locale locale) {
        List<String> names = new ArrayList<>();
        if (details instanceof Map<?, ?> map) {
            for (String role : List.of("organiser", "coordinator")) {
                parties(map.get(role) == null ? null : List.of(map.get(role)))
                        .forEach(party -> names.add(fullName(party, locale)));
            }
        }
        return names;
    }

    /** Organisations by full name, with their abbreviation: the activity page lists funders so. */
    List<String> fullNames(Object organisations, Locale locale) {
        return parties(organisations).stream()
                .map(party -> fullName(party, locale))
                .toList();
    }

    private static String fullName(Map<String, Object> party, Locale locale) {
        Object abbreviation = party.get("abbreviation");
        return name(party, locale) + (abbreviation == null ? "" : " (" + abbreviation + ")");
    }

    /** An organisation by its name in the reader's language, when it has one in English. */
    static String name(Map<String, Object> party, Locale locale) {
        Object english = party.get("nameEn");
        return "en".equals(locale.getLanguage()) && english != null
                ? english.toString()
                : String.valueOf(party.get("name"));
    }

    private static String funder(Map<String, Object> party, Locale locale) {
        Object country = party.get("country");
        return country != null && !HOME.equals(country) ? country(country.toString(), locale) : name(party, locale);
    }

    private static String country(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    private String labelled(Set<String> names, String role, Locale locale) {
        return String.join(", ", names) + " (" + messages.getMessage(role, null, locale) + ")";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parties(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }
}
