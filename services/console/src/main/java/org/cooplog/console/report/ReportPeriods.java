package org.cooplog.console.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The periods the report forms offer and send, within the bounds the projector holds to: years from the department's
 * first records (1990) to next year for a draft, to this year for issuing (no period of next year has closed yet),
 * and an index only for a quarter, every other kind being the one report of its year.
 */
final class ReportPeriods {

    static final int FIRST_YEAR = 1990;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReportPeriods() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The years a draft can be asked for, newest first. */
    static List<Integer> previewYears(LocalDate today) {
        return descending(today.getYear() + 1);
    }

    /** The years a report can be issued for, newest first: one whose periods can have closed. */
    static List<Integer> issueYears(LocalDate today) {
        return descending(today.getYear());
    }

    /** The index to send: the quarter for a quarter, 1 for the other kinds. */
    static int indexFor(String kind, int index) {
        return "QUARTER".equals(kind) ? index : 1;
    }

    private static List<Integer> descending(int last) {
        return IntStream.rangeClosed(FIRST_YEAR, last)
                .map(year -> last - year + FIRST_YEAR)
                .boxed()
                .toList();
    }
}
