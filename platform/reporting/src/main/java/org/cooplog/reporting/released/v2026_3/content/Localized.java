package org.cooplog.reporting.released.v2026_3.content;

/** A text in Vietnamese, with its English where there is one. */
public record Localized(String vi, String en) {

    public String in(String language) {
        return language.equals("en") && en != null && !en.isBlank() ? en : vi;
    }
}
