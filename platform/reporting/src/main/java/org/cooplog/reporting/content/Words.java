package org.cooplog.reporting.content;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.PartialDate;
import org.cooplog.model.PartialDates;
import org.cooplog.reporting.period.ReportPeriod;

/** The words of a report in one language: labels, sentences and dates written as Vietnamese documents write them. */
final class Words {

    private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CUT = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

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

    /** An instant as a Vietnamese reader's clock and calendar show it. */
    String instant(Instant instant) {
        return CUT.format(instant.atZone(ReportPeriod.ZONE)) + (language.equals("en") ? " (UTC+7)" : " (giờ Việt Nam)");
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

    /** The heading's place and date: "Hà Nội, ngày 15 tháng 3 năm 2021". */
    String placeAndDate(String place, LocalDate date) {
        return place + ", " + dayInWords(date);
    }

    /** A day as documents write it in a sentence: "ngày 05 tháng 3 năm 2021", "5 March 2021". */
    String dayInWords(LocalDate date) {
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
