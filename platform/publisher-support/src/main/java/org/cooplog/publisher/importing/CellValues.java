package org.cooplog.publisher.importing;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cooplog.publisher.request.PartialDateValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The forms a cell may take, as staff write them, turned into the JSON the request reads: numbers without the
 * spreadsheet's trailing {@code .0}, dates also as {@code 18/10/2021}, choices in the form's words, organisations as
 * {@code Name [ABBREVIATION] (FR)}, lists separated by {@code ;} or line breaks.
 */
final class CellValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[;\\n\\r]+\\s*");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+(?:\\.0)?");
    private static final Pattern ORGANISATION =
            Pattern.compile("(.*?)\\s*(?:\\[([^\\]]*)])?\\s*(?:\\((\\p{L}{2})\\))?", Pattern.DOTALL);
    private static final Map<String, String> YES_NO = Map.of(
            "co", "true", "yes", "true", "true", "true", "x", "true", "1", "true", "khong", "false", "no", "false",
            "false", "false", "0", "false");
    /** Asked for every choice cell of every row of an import: worked out once per type. */
    private static final Map<Class<?>, Map<String, String>> CHOICES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The cells already read as each choice, as typed: a column of a long file repeats a handful of spellings, and
     * comparing one without case and diacritics is most of reading it. Bounded, whatever a file holds.
     */
    private static final Map<Class<?>, Map<String, String>> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int SEEN_PER_TYPE = 1_000;

    private CellValues() {}

    static JsonNode wholeNumber(String text) {
        String digits = text.replace(" ", "");
        if (!WHOLE.matcher(digits).matches()) {
            throw new Unreadable(
                    "'" + text + "' không phải số nguyên; hãy viết chữ số liền, không dấu phân cách",
                    "'" + text + "' is not a whole number; write the digits without separators");
        }
        BigInteger value = new BigInteger(digits.replace(".0", "").replace("+", ""));
        return value.bitLength() < Integer.SIZE ? NODES.numberNode(value.intValue()) : NODES.numberNode(value);
    }

    static JsonNode number(String text) {
        String plain = text.replace(" ", "");
        try {
            return NODES.numberNode(new BigDecimal(plain.contains(".") ? plain : plain.replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new Unreadable("'" + text + "' không phải số", "'" + text + "' is not a number");
        }
    }

    static JsonNode yesNo(String text) {
        String value = YES_NO.get(ColumnLabels.key(text));
        if (value == null) {
            throw new Unreadable("'" + text + "' không phải có/không", "'" + text + "' is not yes or no (có/không)");
        }
        return NODES.booleanNode(Boolean.parseBoolean(value));
    }

    static String choice(Class<?> type, String text) {
        Map<String, String> seen = SEEN.computeIfAbsent(type, t -> new java.util.concurrent.ConcurrentHashMap<>());
        String known = seen.get(text);
        if (known != null) {
            return known;
        }
        String key = ColumnLabels.key(text).replace('_', ' ').replace('-', ' ');
        String name = CHOICES.computeIfAbsent(type, CellValues::choices).get(key);
        if (name != null) {
            if (seen.size() < SEEN_PER_TYPE) {
                seen.put(text, name);
            }
            return name;
        }
        throw new Unreadable(
                "'" + text + "' không phải một trong các giá trị: " + allowed(type, Language.VI),
                "'" + text + "' is not one of the allowed values: " + allowed(type, Language.EN));
    }

    /**
     * Every way a cell may name a choice, as {@link ColumnLabels#key} makes it, and the choice it names: the words the
     * form shows for it in either language, and its name.
     */
    private static Map<String, String> choices(Class<?> type) {
        Map<String, String> choices = new java.util.HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Enum<?> choice = (Enum<?>) constant;
            for (Language language : Language.values()) {
                choices.putIfAbsent(ColumnLabels.key(ImportWords.choice(language, choice)), choice.name());
            }
            choices.putIfAbsent(ColumnLabels.key(choice.name().replace('_', ' ')), choice.name());
        }
        return Map.copyOf(choices);
    }

    /** The words of the choices of the type that the form and the template's list offer. */
    static String allowed(Class<?> type, Language language) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> (Enum<?>) constant)
                .filter(constant -> !constant.name().equals("UNSPECIFIED"))
                .map(constant -> ImportWords.choice(language, constant))
                .collect(Collectors.joining(", "));
    }

    static String country(String text) {
        return Countries.codeOf(text)
                .orElseThrow(() -> new Unreadable(
                        "Không tìm thấy quốc gia «" + text + "»; hãy chọn trong danh sách",
                        "No country is called «" + text + "»; choose one from the list"));
    }

    /** A date in any form {@link PartialDateValue} reads, as the ISO text the request takes. */
    static String date(String text) {
        try {
            return PartialDateValue.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new Unreadable(
                    "'" + text + "' không phải ngày: viết 18/10/2021, 10/2021, 2021 hoặc 2021-10-18, 2021-10",
                    e.getMessage());
        }
    }

    static ObjectNode organisation(String text) {
        Matcher parts = ORGANISATION.matcher(text.strip());
        ObjectNode organisation = NODES.objectNode();
        if (!parts.matches() || parts.group(1).isBlank()) {
            throw new Unreadable(
                    "'" + text + "' thiếu tên tổ chức; viết: Tên [VIẾT TẮT] (MÃ NƯỚC)",
                    "'" + text + "' has no organisation name; write: Name [ABBREVIATION] (COUNTRY CODE)");
        }
        organisation.put("name", parts.group(1));
        if (parts.group(2) != null && !parts.group(2).isBlank()) {
            organisation.put("abbreviation", parts.group(2).strip());
        }
        if (parts.group(3) != null) {
            organisation.put("country", parts.group(3).toUpperCase(java.util.Locale.ROOT));
        }
        return organisation;
    }

    static ObjectNode item(Class<?> record, String text) {
        RecordComponent[] fields = record.getRecordComponents();
        String[] parts = text.split("\\s*\\|\\s*", -1);
        if (parts.length > fields.length) {
            throw new Unreadable(
                    "'" + text + "' có hơn " + fields.length + " phần ngăn bởi |",
                    "'" + text + "' has more than " + fields.length + " parts separated by |");
        }
        ObjectNode item = NODES.objectNode();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                item.put(fields[i].getName(), parts[i].strip());
            }
        }
        return item;
    }

    static ArrayNode list(String text, Function<String, JsonNode> each) {
        ArrayNode items = NODES.arrayNode();
        for (String item : SEPARATORS.split(text.strip())) {
            if (!item.isBlank()) {
                items.add(each.apply(item.strip()));
            }
        }
        return items;
    }

    /** A cell that does not fit its field, with why in Vietnamese and (as the message) in English. */
    static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String vi;

        Unreadable(String vi, String en) {
            super(en, null, false, false);
            this.vi = vi;
        }

        String vi() {
            return vi;
        }
    }
}
