package org.cooplog.console.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.console.web.WrittenDates;

/**
 * The moment an auditor asks the log about, as typed. A day alone means the end of that day on Viet Nam's clock,
 * since "as of 01/10/2021" asks for everything recorded that day too; a month or a year means the end of its last
 * day. A day with a time means that minute. ISO forms are read as well, for those who copy them from the tool.
 *
 * @param instant the log is read as recorded strictly before it
 * @param day the day that was typed without a time, ending at {@code instant}; null when a time was typed
 */
record AsOfMoment(Instant instant, LocalDate day) {

    private static final Pattern WITH_TIME =
            Pattern.compile("(.+?)[\\sT,]+(\\d{1,2})\\s*[:hg]\\s*(\\d{2})(?::\\d{2})?");

    static Optional<AsOfMoment> read(String typed) {
        String text = typed == null ? "" : typed.strip();
        return exact(text).or(() -> written(text));
    }

    private static Optional<AsOfMoment> exact(String text) {
        try {
            return Optional.of(new AsOfMoment(Instant.parse(text), null));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<AsOfMoment> written(String text) {
        try {
            Matcher timed = WITH_TIME.matcher(text);
            if (timed.matches()) {
                Optional<LocalDate> day = WrittenDates.iso(timed.group(1))
                        .filter(iso -> iso.length() == 10)
                        .map(LocalDate::parse);
                LocalTime time = LocalTime.of(Integer.parseInt(timed.group(2)), Integer.parseInt(timed.group(3)));
                return day.map(d -> new AsOfMoment(
                        LocalDateTime.of(d, time).atZone(WrittenDates.VIET_NAM).toInstant(), null));
            }
            return WrittenDates.iso(text).map(AsOfMoment::lastDay).map(AsOfMoment::endOf);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate lastDay(String iso) {
        return switch (iso.length()) {
            case 4 -> Year.parse(iso).atMonth(12).atEndOfMonth();
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> LocalDate.parse(iso);
        };
    }

    private static AsOfMoment endOf(LocalDate day) {
        return new AsOfMoment(
                day.plusDays(1).atStartOfDay(WrittenDates.VIET_NAM).toInstant(), day);
    }
}
