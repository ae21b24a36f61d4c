package org.cooplog.console.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in Viet Nam write and read them, and the API's ISO forms behind them. A day is written 17/03/2022,
 * a month 03/2022 and a year 2022, as precisely as it is known; times are the clock in Viet Nam, 17/03/2022 14:05.
 * The API keeps {@code 2022-03-17}, {@code 2022-03} and {@code 2022}; pages never show those.
 */
public final class WrittenDates {

    /** Where the inspectorate works; every time on a page is on its clock. */
    public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Pattern WRITTEN_DAY =
            Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern WRITTEN_MONTH = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private WrittenDates() {}

    /**
     * What a person typed, as the API's ISO date: {@code 17/03/2022}, {@code 17.3.2022} and {@code 2022-03-17} give
     * {@code 2022-03-17}; {@code 3/2022} gives {@code 2022-03}; {@code 2022} stays. Empty when it is no such date.
     */
    public static Optional<String> iso(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = written.strip();
        try {
            Matcher day = WRITTEN_DAY.matcher(text);
            if (day.matches()) {
                return Optional.of(LocalDate.of(
                                Integer.parseInt(day.group(3)),
                                Integer.parseInt(day.group(2)),
                                Integer.parseInt(day.group(1)))
                        .toString());
            }
            Matcher month = WRITTEN_MONTH.matcher(text);
            if (month.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)))
                        .toString());
            }
            if (ISO_DAY.matcher(text).matches()) {
                return Optional.of(LocalDate.parse(text).toString());
            }
            if (ISO_MONTH.matcher(text).matches()) {
                return Optional.of(YearMonth.parse(text).toString());
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return YEAR.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /** An ISO date of the API as people write it: 17/03/2022, 03/2022 or 2022; anything else as it came. */
    public static String show(Object isoDate) {
        if (isoDate == null) {
            return "";
        }
        String text = String.valueOf(isoDate);
        try {
            if (ISO_DAY.matcher(text).matches()) {
                return DAY.format(LocalDate.parse(text));
            }
            if (ISO_MONTH.matcher(text).matches()) {
                return MONTH.format(YearMonth.parse(text));
            }
        } catch (DateTimeException e) {
            return text;
        }
        return text;
    }

    /** An instant of the API as the clock in Viet Nam shows it, 17/03/2022 14:05; anything else as it came. */
    public static String time(Object isoInstant) {
        if (isoInstant == null) {
            return "";
        }
        try {
            return TIME.format(Instant.parse(String.valueOf(isoInstant)).atZone(VIET_NAM));
        } catch (DateTimeException e) {
            return String.valueOf(isoInstant);
        }
    }
}
