package org.cooplog.reporting.content;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.PartialDate;
import org.cooplog.model.PartialDates;

/** The words of a report in one language: labels, sentences and dates written as Vietnamese documents write them. */
final class Words {

    private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final String language;
    private final ResourceBundle bundle;
    private final Locale locale;

    Words(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        // The Vietnamese words are the base bundle; never fall back to the JVM's default locale.
        this.bundle = ResourceBundle.getBundle(
                "org.cooplog.reporting.messages",
                language.equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String language() {
        return language;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Whether the words have this key, e.g. a verb for one kind of activity. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A label that may be missing, e.g. a kind added to a schema after this template: then its code is shown. */
    String label(String prefix, String code) {
        return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    String day(LocalDate day) {
        return language.equals("en") ? EN_DAY.format(day) : VI_DAY.format(day);
    }

    /** A date to its precision: 18/10/2021, tháng 9/2021, năm 2021; a range when there is an end. */
    String dates(PartialDate starts, PartialDate ends) {
        String start = partial(starts);
        if (ends == null || ends.equals(starts)) {
            return start;
        }
        return start + " – " + partial(ends);
    }

    String partial(PartialDate date) {
        LocalDate first = PartialDates.firstDay(date);
        if (date.getPrecision() == DatePrecision.DAY) {
            return day(first);
        }
        if (date.getPrecision() == DatePrecision.MONTH) {
            return language.equals("en")
                    ? first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + first.getYear()
                    : get("month.year", String.valueOf(first.getMonthValue()), String.valueOf(first.getYear()));
        }
        return get("year", String.valueOf(first.getYear()));
    }

    /** A day as prose writes it: "ngày 17 tháng 3 năm 2021", "17 March 2021". */
    String dayInWords(LocalDate day) {
        return language.equals("en")
                ? EN_DAY.format(day)
                : "ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear();
    }

    /**
     * Two days as prose writes a span, naming the month and year once when they are shared: "từ ngày 18 đến ngày 22
     * tháng 10 năm 2021", "from 18 to 22 October 2021".
     */
    String daysInWords(LocalDate first, LocalDate last) {
        boolean en = language.equals("en");
        String from;
        if (first.getYear() != last.getYear()) {
            from = dayInWords(first);
        } else if (first.getMonthValue() != last.getMonthValue()) {
            from = en
                    ? first.getDayOfMonth() + " " + monthName(first)
                    : "ngày " + first.getDayOfMonth() + " tháng " + first.getMonthValue();
        } else {
            from = en ? String.valueOf(first.getDayOfMonth()) : "ngày " + first.getDayOfMonth();
        }
        return en ? "from " + from + " to " + dayInWords(last) : "từ " + from + " đến " + dayInWords(last);
    }

    /**
     * When an activity takes place, in words to the precision the log knows: "vào ngày 17 tháng 3 năm 2021", "từ
     * ngày 18 đến ngày 22 tháng 10 năm 2021", "trong tháng 6 năm 2021", "trong năm 2021".
     */
    String whenInWords(PartialDate starts, PartialDate ends) {
        boolean en = language.equals("en");
        if (ends == null || ends.equals(starts)) {
            return switch (starts.getPrecision()) {
                case DAY -> (en ? "on " : "vào ") + bare(starts);
                default -> (en ? "in " : "trong ") + bare(starts);
            };
        }
        if (starts.getPrecision() == DatePrecision.DAY && ends.getPrecision() == DatePrecision.DAY) {
            return daysInWords(PartialDates.firstDay(starts), PartialDates.firstDay(ends));
        }
        return en ? "from " + bare(starts) + " to " + bare(ends) : "từ " + bare(starts) + " đến " + bare(ends);
    }

    /** A date to its precision in words: "ngày 1 tháng 6 năm 2022", "tháng 6 năm 2022", "năm 2022". */
    String bare(PartialDate date) {
        LocalDate first = PartialDates.firstDay(date);
        boolean en = language.equals("en");
        return switch (date.getPrecision()) {
            case DAY -> dayInWords(first);
            case MONTH ->
                en
                        ? monthName(first) + " " + first.getYear()
                        : "tháng " + first.getMonthValue() + " năm " + first.getYear();
            default -> en ? String.valueOf(first.getYear()) : "năm " + first.getYear();
        };
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The heading's place and date: "Hà Nội, ngày 15 tháng 3 năm 2021". */
    String placeAndDate(String place, LocalDate date) {
        return place + ", " + documentDay(date);
    }

    /**
     * A day as the document's own date line writes it, and the annexes that cite the document: "ngày 05 tháng 3 năm
     * 2021" (Decree 30/2020: a leading zero for days below 10 and for January and February), "5 March 2021".
     */
    String documentDay(LocalDate date) {
        if (language.equals("en")) {
            return EN_DAY.format(date);
        }
        return get(
                "date.words",
                String.format("%02d", date.getDayOfMonth()),
                // Decree 30/2020: days below 10 and the months January and February take a leading zero.
                date.getMonthValue() < 3
                        ? String.format("%02d", date.getMonthValue())
                        : String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** A country's name in the report's language, from its ISO code. */
    String country(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
