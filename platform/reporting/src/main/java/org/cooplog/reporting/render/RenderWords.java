package org.cooplog.reporting.render;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words a layout needs that the content does not carry, taken from the report's own bundle so that a word is
 * still decided in one place.
 */
final class RenderWords {

    private final ResourceBundle bundle;

    RenderWords(String language) {
        this.bundle = ResourceBundle.getBundle(
                "org.cooplog.reporting.messages",
                language.equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The mark of a preview, e.g. DỰ THẢO. */
    String draft() {
        return bundle.getString("draft");
    }

    /** The words of a code, e.g. {@code track.BILATERAL} as Hợp tác song phương; the code itself if it has none. */
    String code(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** Có or Yes, Không or No. */
    String yesNo(boolean value) {
        return bundle.getString(value ? "table.yes" : "table.no");
    }

    /** The heading of a column of the activities' table, e.g. Mã hoạt động for {@code activityId}. */
    String column(String key) {
        return bundle.getString("table.column." + key);
    }

    /** The name of one of the period's figures, e.g. Đã tổ chức, tham dự for {@code held}. */
    String figure(String key) {
        return bundle.getString("table.figure." + key);
    }

    /** What a number nobody recorded is written as for a reader, e.g. Chưa có số liệu. */
    String unknown() {
        return bundle.getString("table.unknown");
    }

    /** The name of the spreadsheet of figures, e.g. Số liệu. */
    String figuresSheet() {
        return bundle.getString("table.figures.sheet");
    }

    /** The headings of the figures' table: the figure and its value. */
    String figuresHeader(boolean value) {
        return bundle.getString(value ? "table.figures.value" : "table.figures.name");
    }

    /** The language of the document's text for spelling and hyphenation, e.g. vi-VN. */
    static String locale(String language) {
        return language.equals("en") ? "en-GB" : "vi-VN";
    }
}
