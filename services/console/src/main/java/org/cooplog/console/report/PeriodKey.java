package org.cooplog.console.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the projector's period key ({@code 2026-Q3}, {@code 2026-H1}, {@code 2026-M9}, {@code 2026-Y}) back. */
final class PeriodKey {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-(Q([1-4])|H1|M9|Y)(-cal)?");

    private PeriodKey() {}

    /** {@code kind}, {@code year} and {@code index}, or nothing for a key of another shape. */
    static Map<String, Object> parse(String key) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return Map.of();
        }
        int year = Integer.parseInt(matcher.group(1));
        String name = matcher.group(2);
        if (matcher.group(3) != null) {
            return Map.of("kind", "QUARTER", "year", year, "index", Integer.parseInt(matcher.group(3)));
        }
        String kind = switch (name) {
            case "H1" -> "HALF_YEAR";
            case "M9" -> "NINE_MONTHS";
            default -> "YEAR";
        };
        return Map.of("kind", kind, "year", year, "index", 1);
    }
}
