package org.cooplog.console.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every country by the names officers write, in Vietnamese and English, and by its ISO code, which is what the APIs
 * keep. A country field accepts any of these, without diacritics or capitals, or the start of one name that fits
 * only one country: "Hàn Quốc", "han quoc", "Korea" and "kr" all mean KR. The names come from the Java runtime,
 * corrected where they read unlike a Vietnamese official document (Liên bang Nga, Hồng Kông (Trung Quốc)).
 */
public final class Countries {

    /** One country: its code and its names in both languages. */
    public record Country(String code, String vi, String en) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : vi;
        }
    }

    /** What a typed text means: one country, or why it is none. */
    public record Resolution(Optional<String> code, boolean ambiguous) {

        static Resolution of(String code) {
            return new Resolution(Optional.of(code), false);
        }

        static Resolution none(boolean ambiguous) {
            return new Resolution(Optional.empty(), ambiguous);
        }
    }

    private static final Map<String, String> VI = Map.ofEntries(
            Map.entry("RU", "Liên bang Nga"),
            Map.entry("HK", "Hồng Kông (Trung Quốc)"),
            Map.entry("MO", "Ma Cao (Trung Quốc)"),
            Map.entry("TW", "Đài Loan (Trung Quốc)"),
            Map.entry("CZ", "Cộng hòa Séc"),
            Map.entry("MM", "Myanmar"),
            Map.entry("CD", "Cộng hòa Dân chủ Congo"),
            Map.entry("CG", "Cộng hòa Congo"),
            Map.entry("CV", "Cabo Verde"),
            Map.entry("PS", "Palestine"),
            Map.entry("VA", "Tòa thánh Vatican"),
            Map.entry("KP", "Cộng hòa Dân chủ Nhân dân Triều Tiên"),
            Map.entry("LA", "Lào"),
            Map.entry("CI", "Côte d'Ivoire"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("KR", "Republic of Korea"),
            Map.entry("KP", "Democratic People's Republic of Korea"),
            Map.entry("RU", "Russian Federation"),
            Map.entry("VN", "Viet Nam"),
            Map.entry("LA", "Lao PDR"),
            Map.entry("HK", "Hong Kong, China"),
            Map.entry("MO", "Macao, China"),
            Map.entry("TW", "Chinese Taipei"),
            Map.entry("MM", "Myanmar"),
            Map.entry("CD", "Democratic Republic of the Congo"),
            Map.entry("CG", "Republic of the Congo"),
            Map.entry("PS", "Palestine"),
            Map.entry("CI", "Côte d'Ivoire"));

    /** Other names people use for a country; they count when typed in full. */
    private static final Map<String, List<String>> ALSO = Map.ofEntries(
            Map.entry("KR", List.of("Korea", "South Korea", "Đại Hàn Dân Quốc", "Nam Triều Tiên")),
            Map.entry("KP", List.of("North Korea", "Triều Tiên", "Bắc Triều Tiên")),
            Map.entry("US", List.of("Mỹ", "USA", "United States of America")),
            Map.entry("RU", List.of("Nga", "Russia")),
            Map.entry("GB", List.of("Anh", "UK", "Britain", "Great Britain")),
            Map.entry("VN", List.of("Vietnam")),
            Map.entry("LA", List.of("Laos")),
            Map.entry("TW", List.of("Taiwan")),
            Map.entry("HK", List.of("Hong Kong")),
            Map.entry("MO", List.of("Macao", "Macau")),
            Map.entry("MM", List.of("Miến Điện", "Burma")),
            Map.entry("CN", List.of("Trung Hoa")),
            Map.entry("CZ", List.of("Séc", "Czech Republic")));

    /** A code is typed without diacritics: "my" is Malaysia's code, "Mỹ" the United States. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final List<Country> ALL = Stream.of(Locale.getISOCountries())
            .map(code -> {
                Locale region = new Locale.Builder().setRegion(code).build();
                return new Country(
                        code,
                        VI.getOrDefault(code, region.getDisplayCountry(VIETNAMESE)),
                        EN.getOrDefault(code, region.getDisplayCountry(Locale.ENGLISH)));
            })
            .toList();

    private static final Map<String, Country> BY_CODE =
            ALL.stream().collect(Collectors.toMap(Country::code, Function.identity()));

    private Countries() {}

    /** Every country, in the alphabetical order of its name in the given language. */
    public static List<Country> all(Locale locale) {
        return ALL.stream()
                .sorted(Comparator.comparing(c -> plain(c.name(locale))))
                .toList();
    }

    /** The country's name in the given language; the text as it came when it is no country's code. */
    public static String name(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        Country country = BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
        return country == null ? code : country.name(locale);
    }

    /**
     * The country a person meant: a code (typed without diacritics), a full name or other name in either language, or the start of exactly one
     * country's name. Two countries whose names both start so make it ambiguous.
     */
    public static Resolution resolve(String typed) {
        String text = plain(typed);
        if (text.isEmpty()) {
            return Resolution.none(false);
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (CODE.matcher(code).matches() && BY_CODE.containsKey(code)) {
            return Resolution.of(code);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> starting = new LinkedHashSet<>();
        for (Country country : ALL) {
            for (String name : names(country)) {
                String plainName = plain(name);
                if (plainName.equals(text)) {
                    exact.add(country.code());
                } else if (plainName.startsWith(text)) {
                    starting.add(country.code());
                }
            }
        }
        Set<String> matches = exact.isEmpty() ? starting : exact;
        return matches.size() == 1 ? Resolution.of(matches.iterator().next()) : Resolution.none(matches.size() > 1);
    }

    private static List<String> names(Country country) {
        List<String> names = new ArrayList<>(List.of(country.vi(), country.en()));
        names.addAll(ALSO.getOrDefault(country.code(), List.of()));
        return names;
    }

    /** Lower case, without diacritics (đ is d), apostrophes alike and single spaces: how names are compared. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('’', '\'');
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
