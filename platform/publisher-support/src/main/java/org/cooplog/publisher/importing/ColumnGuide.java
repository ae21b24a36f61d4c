package org.cooplog.publisher.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the instructions sheet says of a column: what to write in it, an example, and the values of its list. */
final class ColumnGuide {

    private ColumnGuide() {}

    static String takes(Column column, Language language) {
        Size size = column.rule(Size.class);
        if (column.kind() == Column.Kind.TEXT && size != null && size.max() < Integer.MAX_VALUE) {
            return ImportWords.text(language, "takes.TEXT.max", String.valueOf(size.max()));
        }
        return ImportWords.text(language, "takes." + column.kind());
    }

    /**
     * The values a drop-down list offers, as the form shows them; empty for a column written freely. Like the form,
     * it leaves out {@code UNSPECIFIED}, which stands for a value a reader of older events did not know.
     */
    static List<String> choices(Column column, Language language) {
        return switch (column.kind()) {
            case CHOICE ->
                java.util.Arrays.stream(((Class<?>) column.valueType()).getEnumConstants())
                        .map(constant -> (Enum<?>) constant)
                        .filter(constant -> !constant.name().equals("UNSPECIFIED"))
                        .map(constant -> ImportWords.choice(language, constant))
                        .toList();
            case YES_NO -> List.of(ImportWords.yesNo(language, true), ImportWords.yesNo(language, false));
            case COUNTRY ->
                Countries.codesFor(column).stream()
                        .map(code -> Countries.entry(code, language))
                        .sorted(java.text.Collator.getInstance(locale(language)))
                        .toList();
            default -> List.of();
        };
    }

    /**
     * An example a desk could have written: the column's own where the words have one, else one of its kind; none
     * for free text without one, where any invented text would mislead more than help.
     */
    static String example(Column column, Language language) {
        var known = ImportWords.find(language, "example." + column.path());
        if (known.isPresent()) {
            return known.get();
        }
        return switch (column.kind()) {
            case CHOICE, YES_NO -> choices(column, language).get(0);
            case COUNTRY ->
                Countries.codesFor(column).contains("FR")
                        ? Countries.entry("FR", language)
                        : Countries.entry(Countries.codesFor(column).get(0), language);
            case WHOLE_NUMBER, NUMBER -> String.valueOf(number(column));
            case TEXT -> "";
            case CHOICES ->
                ImportWords.choice(language, (Enum<?>) ((Class<?>) column.valueType()).getEnumConstants()[0]);
            default -> ImportWords.text(language, "example." + column.kind());
        };
    }

    /** Ten, or 2021 for a year, within the field's bounds. */
    private static long number(Column column) {
        Min min = column.rule(Min.class);
        Max max = column.rule(Max.class);
        long value = min != null && min.value() > 1000 ? 2021 : 10;
        value = min == null ? value : Math.max(value, min.value());
        return max == null ? value : Math.min(value, max.value());
    }

    private static java.util.Locale locale(Language language) {
        return language == Language.EN ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("vi");
    }
}
