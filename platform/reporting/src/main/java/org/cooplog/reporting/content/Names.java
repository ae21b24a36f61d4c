package org.cooplog.reporting.content;

import java.util.List;
import java.util.Locale;
import org.cooplog.events.common.Organisation;
import org.cooplog.model.Activity;

/**
 * Names as the log records them, in the report's language where the log has one: an English body uses {@code
 * titleEn} and {@code nameEn}, and keeps the recorded name otherwise, as names are never translated by the report.
 */
final class Names {

    private final String language;

    Names(String language) {
        this.language = language;
    }

    boolean english() {
        return language.equals("en");
    }

    String title(Activity activity) {
        String en = activity.plan().getTitleEn();
        return english() && en != null && !en.isBlank() ? en : activity.plan().getTitle();
    }

    /** "Tổ chức Hướng tới Minh bạch (TT)", "Towards Transparency (TT)". */
    String of(Organisation organisation) {
        String name = english() && organisation.getNameEn() != null ? organisation.getNameEn() : organisation.getName();
        String abbreviation = organisation.getAbbreviation();
        return abbreviation == null || abbreviation.equals(name) ? name : name + " (" + abbreviation + ")";
    }

    String of(List<Organisation> organisations) {
        return list(organisations.stream().map(this::of).distinct().toList());
    }

    /** "A, B và C", "A, B and C". */
    String list(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + (english() ? " and " : " và ")
                + items.get(items.size() - 1);
    }

    /** Titles in a sentence, apart by semicolons, since a title may hold commas of its own. */
    String titles(List<String> titles) {
        return String.join("; ", titles);
    }

    /** The title as the object of a sentence: its first letter in lower case unless it starts an acronym or name. */
    static String asObject(String title) {
        if (title.length() > 1
                && Character.isUpperCase(title.codePointAt(0))
                && Character.isLowerCase(title.codePointAt(title.offsetByCodePoints(0, 1)))) {
            return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
        }
        return title;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
