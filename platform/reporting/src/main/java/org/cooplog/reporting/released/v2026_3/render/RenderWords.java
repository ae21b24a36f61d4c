package org.cooplog.reporting.released.v2026_3.render;

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
                "org.cooplog.reporting.released.v2026_3.messages",
                language.equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The first section's title, e.g. TÌNH HÌNH CHUNG. */
    String overview() {
        return bundle.getString("section.overview");
    }

    /** The mark of a preview, e.g. DỰ THẢO. */
    String draft() {
        return bundle.getString("draft");
    }

    /** What an empty count table says, e.g. Không có. */
    String none() {
        return bundle.getString("none");
    }

    /** The language of the document's text for spelling and hyphenation, e.g. vi-VN. */
    static String locale(String language) {
        return language.equals("en") ? "en-GB" : "vi-VN";
    }
}
