package org.cooplog.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.PartialDate;

/**
 * Dates as the sources give them: a day ({@code 2021-10-18}), a month ({@code 2021-09}) or a year ({@code 2021}).
 * The written form carries the precision.
 */
public final class PartialDates {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PartialDates() {}

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them
     */
    public static PartialDate parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(matcher.group(2));
            if (matcher.group(3) == null) {
                return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(matcher.group(3))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date: " + e.getMessage(), e);
        }
    }

    /** The written form: {@code 2021-10-18}, {@code 2021-09} or {@code 2021}. */
    public static String format(PartialDate date) {
        return switch (date.getPrecision()) {
            case DAY -> date.getDate().toString();
            case MONTH -> YearMonth.from(date.getDate()).toString();
            case YEAR -> String.valueOf(date.getDate().getYear());
        };
    }

    /** The first day the date may stand for. */
    public static LocalDate firstDay(PartialDate date) {
        return date.getDate();
    }

    /** The last day the date may stand for: the day itself, or the end of its month or year. */
    public static LocalDate lastDay(PartialDate date) {
        LocalDate first = date.getDate();
        return switch (date.getPrecision()) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }
}
