package org.cooplog.publisher.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries as a desk writes them in a cell: as the template's list shows them, {@code Hàn Quốc (KR)}, by name in
 * Vietnamese or English, or by code in any case. Names are Java's own, so they are the ones the console shows.
 */
final class Countries {

    private static final Pattern WITH_CODE = Pattern.compile(".*\\(\\s*(\\p{L}{2})\\s*\\)\\s*");
    private static final Pattern LISTED = Pattern.compile("[A-Z]{2}(\\|[A-Z]{2})+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> CODES = List.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = byName();

    private Countries() {}

    /** The countries a column takes: those its rule lists, else every one. */
    static List<String> codesFor(Column column) {
        jakarta.validation.constraints.Pattern rule = column.rule(jakarta.validation.constraints.Pattern.class);
        return rule == null ? CODES : listedIn(rule.regexp()).orElse(CODES);
    }

    /** The codes of a rule that lists countries, {@code BN|ID|KH}; empty for any other rule. */
    static Optional<List<String>> listedIn(String regexp) {
        if (!LISTED.matcher(regexp).matches()) {
            return Optional.empty();
        }
        return Optional.of(List.of(regexp.split("\\|")));
    }

    static String name(String code, Language language) {
        return region(code).getDisplayCountry(language == Language.EN ? Locale.ENGLISH : VIETNAMESE);
    }

    /** A country as the template's list shows it: {@code Hàn Quốc (KR)}. */
    static String entry(String code, Language language) {
        return name(code, language) + " (" + code + ")";
    }

    /** The code of the country a cell names; empty when it names none. */
    static Optional<String> codeOf(String text) {
        Matcher withCode = WITH_CODE.matcher(text);
        String candidate = withCode.matches() ? withCode.group(1) : text.strip();
        String upper = candidate.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(BY_NAME.get(ColumnLabels.key(candidate)));
    }

    private static Map<String, String> byName() {
        Map<String, String> names = new HashMap<>();
        for (String code : CODES) {
            Arrays.stream(Language.values())
                    .forEach(language -> names.put(ColumnLabels.key(name(code, language)), code));
        }
        return Map.copyOf(names);
    }

    private static Locale region(String code) {
        return new Locale.Builder().setRegion(code).build();
    }
}
