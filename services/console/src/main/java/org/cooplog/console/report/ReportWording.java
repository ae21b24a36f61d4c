package org.cooplog.console.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Periods, days and times on the reports page as people write them, not as the projector sends them: "Quý III năm
 * 2021" for {@code 2021-Q3}, 15/12/2020 for {@code 2020-12-15}, the local time of an instant.
 */
@Component
class ReportWording {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private final MessageSource messages;

    ReportWording(MessageSource messages) {
        this.messages = messages;
    }

    /** A period key ({@code 2021-Q3}, {@code 2026-Y-cal}) in words; the key itself when it is of no known shape. */
    String period(String key) {
        Map<String, Object> period = PeriodKey.parse(key);
        if (period.isEmpty()) {
            return key;
        }
        Locale locale = LocaleContextHolder.getLocale();
        int index = (Integer) period.get("index");
        String name = messages.getMessage(
                "period.name." + period.get("kind"),
                new Object[] {
                    String.valueOf(period.get("year")),
                    locale.getLanguage().equals("en") ? String.valueOf(index) : ROMAN.get(index - 1)
                },
                locale);
        return key.endsWith("-cal") ? name + messages.getMessage("period.name.calendar", null, locale) : name;
    }

    /** The period of an issued report, from its id: the recipient's id, then the period key. */
    String periodOfReport(Object reportId, Object recipient) {
        String id = String.valueOf(reportId);
        String prefix = recipient + "-";
        return id.startsWith(prefix) ? period(id.substring(prefix.length())) : id;
    }

    /** {@code 2020-12-15} as 15/12/2020; anything else as it came. */
    static String day(Object isoDay) {
        try {
            return DAY.format(LocalDate.parse(String.valueOf(isoDay)));
        } catch (RuntimeException e) {
            return String.valueOf(isoDay);
        }
    }

    /** An instant as the clock in Viet Nam shows it, e.g. 04/12/2026 00:00; anything else as it came. */
    static String time(Object isoInstant) {
        try {
            return TIME.format(Instant.parse(String.valueOf(isoInstant)).atZone(VIET_NAM));
        } catch (RuntimeException e) {
            return String.valueOf(isoInstant);
        }
    }
}
