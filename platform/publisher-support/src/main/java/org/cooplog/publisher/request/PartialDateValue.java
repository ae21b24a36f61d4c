package org.cooplog.publisher.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.PartialDate;

/**
 * A date as the sources give it: a day ({@code 2021-10-18}), a month ({@code 2021-09}) or only a year
 * ({@code 2021}). The written form carries the precision, so the API needs no second field for it. People write it
 * day first as well ({@code 18/10/2021}, {@code 18.10.2021}, {@code 10/2021}), in a form and in a spreadsheet alike,
 * and it is read the same way wherever it is typed; it is written back in ISO, its canonical form.
 */
public record PartialDateValue(LocalDate firstDay, DatePrecision precision) implements Comparable<PartialDateValue> {

    /** The forms a date is read in, as the API's descriptions and messages state them. */
    public static final String FORMS = "YYYY-MM-DD, YYYY-MM or YYYY, or day first: DD/MM/YYYY, DD.MM.YYYY or MM/YYYY";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.](\\d{4})");

    /** Refuses a date without its day or precision, as a JSON object in place of the date's text would make. */
    public PartialDateValue {
        if (firstDay == null || precision == null) {
            throw new IllegalArgumentException("must be a date in quotes: " + FORMS);
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or a date written day first: {@code dd/mm/yyyy},
     * {@code d/m/yyyy}, {@code dd.mm.yyyy} or {@code mm/yyyy}.
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them
     */
    @JsonCreator
    public static PartialDateValue parse(String text) {
        String form = text == null ? "" : text.strip();
        try {
            Matcher day = DAY_MONTH_YEAR.matcher(form);
            if (day.matches()) {
                return new PartialDateValue(
                        LocalDate.of(number(day, 3), number(day, 2), number(day, 1)), DatePrecision.DAY);
            }
            Matcher month = MONTH_YEAR.matcher(form);
            if (month.matches()) {
                return new PartialDateValue(LocalDate.of(number(month, 2), number(month, 1), 1), DatePrecision.MONTH);
            }
            return iso(form, text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a day of the calendar", e);
        }
    }

    private static PartialDateValue iso(String form, String text) {
        int length = form.length();
        boolean shaped = (length == 4 || length == 7 || length == 10)
                && digits(form, 0, 4)
                && (length < 7 || (form.charAt(4) == '-' && digits(form, 5, 7)))
                && (length < 10 || (form.charAt(7) == '-' && digits(form, 8, 10)));
        if (!shaped) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write " + FORMS);
        }
        int year = number(form, 0, 4);
        if (length == 4) {
            return new PartialDateValue(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
        }
        int month = number(form, 5, 7);
        if (length == 7) {
            return new PartialDateValue(LocalDate.of(year, month, 1), DatePrecision.MONTH);
        }
        return new PartialDateValue(LocalDate.of(year, month, number(form, 8, 10)), DatePrecision.DAY);
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    /** Whether the characters from {@code from} to {@code to} are all ASCII digits. */
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    public static PartialDateValue of(PartialDate date) {
        return new PartialDateValue(date.getDate(), date.getPrecision());
    }

    /** The last day the date may stand for: the day itself, or the end of its month or year. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> firstDay;
            case MONTH -> YearMonth.from(firstDay).atEndOfMonth();
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
        };
    }

    public PartialDate toAvro() {
        return new PartialDate(firstDay, precision);
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> firstDay.toString();
            case MONTH -> YearMonth.from(firstDay).toString();
            case YEAR -> String.valueOf(firstDay.getYear());
        };
    }

    @Override
    public int compareTo(PartialDateValue other) {
        int byFirstDay = firstDay.compareTo(other.firstDay);
        return byFirstDay != 0 ? byFirstDay : lastDay().compareTo(other.lastDay());
    }
}
