package org.cooplog.publisher.importing;

import java.util.Locale;

/** The languages a template is written in and a problem is said in: Vietnamese unless English is asked for. */
enum Language {
    VI,
    EN;

    /** {@code en}, {@code en-GB} or {@code EN} is English; anything else, or nothing, Vietnamese. */
    static Language of(String tag) {
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : VI;
    }
}
