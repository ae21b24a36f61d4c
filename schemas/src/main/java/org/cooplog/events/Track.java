package org.cooplog.events;

import java.util.Arrays;
import java.util.Locale;

/** The five tracks of international cooperation the inspectorate logs, one topic and one publisher each. */
public enum Track {
    UNCAC("uncac", "UNCAC"),
    ASEAN_PAC("aseanpac", "ASEAN-PAC"),
    APEC("apec", "APEC ACTWG"),
    BILATERAL("bilateral", "Song phương"),
    OGP("ogp", "OGP");

    private final String slug;
    private final String label;

    Track(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The short lower-case name used in topic names, URLs and activity ids. */
    public String slug() {
        return slug;
    }

    /** The name staff know the track by. */
    public String label() {
        return label;
    }

    public static Track fromSlug(String slug) {
        String wanted = slug.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(track -> track.slug.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown track '" + slug + "'"));
    }
}
