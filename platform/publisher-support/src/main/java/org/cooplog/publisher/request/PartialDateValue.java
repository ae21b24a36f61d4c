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
 * ({@code 2021}). The written form carries the precision, so the API needs no second field for it.
 */
public record PartialDateValue(LocalDate firstDay, DatePrecision precision) implements Comparable<PartialDateValue> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them
     */
    @JsonCreator
    public static PartialDateValue parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return new PartialDateValue(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(matcher.group(2));
            if (matcher.group(3) == null) {
                return new PartialDateValue(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new PartialDateValue(
                    LocalDate.of(year, month, Integer.parseInt(matcher.group(3))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date: " + e.getMessage(), e);
        }
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
