package org.cooplog.reporting.template;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cooplog.reporting.released.v2026_3.Template2026v3;

/**
 * Every template version this build holds: the live one, which new reports are issued with, and each released one,
 * kept as it was released (as released schemas are), so a report issued under it is made again byte for byte.
 */
public final class ReportTemplates {

    private static final ReportTemplate LIVE = new LiveTemplate();

    private static final SortedMap<String, ReportTemplate> HELD = byVersion(List.of(new Template2026v3(), LIVE));

    private ReportTemplates() {}

    /** The template new reports are issued with. */
    public static ReportTemplate live() {
        return LIVE;
    }

    /** The template of a version, live or released; empty for a version this build does not hold. */
    public static Optional<ReportTemplate> of(String version) {
        return Optional.ofNullable(HELD.get(version));
    }

    /**
     * The template an issued report names.
     *
     * @throws UnknownTemplateVersionException naming the version, when this build does not hold it
     */
    public static ReportTemplate require(String version) {
        return of(version).orElseThrow(() -> new UnknownTemplateVersionException(version, HELD.keySet()));
    }

    /** The versions held, in the order of their names. */
    public static List<String> versions() {
        return List.copyOf(HELD.keySet());
    }

    /** A live version that repeats a released one would make that version's reports with the live bytes. */
    private static SortedMap<String, ReportTemplate> byVersion(List<ReportTemplate> templates) {
        SortedMap<String, ReportTemplate> held = new TreeMap<>();
        for (ReportTemplate template : templates) {
            if (held.put(template.version(), template) != null) {
                throw new IllegalStateException("two templates claim version " + template.version());
            }
        }
        return Collections.unmodifiableSortedMap(held);
    }
}
