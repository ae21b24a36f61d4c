package org.cooplog.publisher.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Writes numeric cells as the request reads them rather than as the sheet displays them: a date as
 * {@code 2021-10-18}, or {@code 2021-09} when its format shows no day (Excel turns a typed "9/2021" into the first
 * of the month), and a number in plain digits, without grouping, exponent or a trailing {@code .0}.
 */
final class RequestCellFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDate day = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
            return switch (precisionShown(formatString)) {
                case 'y' -> String.valueOf(day.getYear());
                case 'm' -> YearMonth.from(day).toString();
                default -> day.toString();
            };
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code d} when the format shows the day (or a time), {@code m} for month and year, {@code y} for the year. */
    static char precisionShown(String formatString) {
        String codes = formatString
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\\\.", "")
                .toLowerCase(java.util.Locale.ROOT);
        if (codes.matches(".*[dhs].*")) {
            return 'd';
        }
        if (codes.contains("m")) {
            return 'm';
        }
        return codes.contains("y") ? 'y' : 'd';
    }
}
