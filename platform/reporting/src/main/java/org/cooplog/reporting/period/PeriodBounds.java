package org.cooplog.reporting.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.events.report.PeriodKind;

/**
 * Which periods can be named at all, by meaning: no report covers a year before the department's first records
 * (1990) or after next year, and a period's index counts only what its kind has (four quarters; one 6-month, 9-month
 * and year report, each starting with the report year). Asked before any period is made, so a bad year or index is
 * refused by name rather than failing somewhere inside the calendar.
 */
public final class PeriodBounds {

    /** The year of the department's first records: no report covers an earlier one. */
    public static final int FIRST_YEAR = 1990;

    private PeriodBounds() {}

    /** A parameter out of its bounds, and what it may be, in words for whoever asked. */
    public record OutOfBounds(String parameter, String message) {}

    /** The last year a period can be named for, on a day in Viet Nam: next year. */
    public static int lastYear(LocalDate today) {
        return today.getYear() + 1;
    }

    /** The highest index of a kind: 4 for quarters, 1 for the others, 0 for an ad hoc period, which has none. */
    public static int lastIndex(PeriodKind kind) {
        return switch (kind) {
            case QUARTER -> 4;
            case HALF_YEAR, NINE_MONTHS, YEAR -> 1;
            case AD_HOC -> 0;
        };
    }

    /** Every parameter of a named period that is out of its bounds; empty when the period can be made. */
    public static List<OutOfBounds> check(PeriodKind kind, long year, long index, LocalDate today) {
        List<OutOfBounds> problems = new ArrayList<>();
        if (kind == PeriodKind.AD_HOC) {
            problems.add(new OutOfBounds(
                    "kind", "an ad hoc period has no calendar; one of QUARTER, HALF_YEAR, NINE_MONTHS, YEAR"));
        }
        if (year < FIRST_YEAR || year > lastYear(today)) {
            problems.add(new OutOfBounds(
                    "year", "must be a year from " + FIRST_YEAR + " to " + lastYear(today) + ", not " + year));
        }
        int last = lastIndex(kind);
        if (last > 0 && (index < 1 || index > last)) {
            problems.add(new OutOfBounds(
                    "index",
                    last == 1
                            ? "must be 1 for a " + words(kind) + " report, not " + index
                            : "must be a quarter from 1 to " + last + ", not " + index));
        }
        return problems;
    }

    private static String words(PeriodKind kind) {
        return switch (kind) {
            case HALF_YEAR -> "6-month";
            case NINE_MONTHS -> "9-month";
            default -> "year";
        };
    }
}
