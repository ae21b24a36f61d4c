package org.cooplog.reporting.released.v2026_3.render;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.ActivityRow;
import org.cooplog.reporting.render.Rendition;

/**
 * The activities of a report as a spreadsheet: UTF-8 with a byte order mark, which Excel needs to read Vietnamese, and
 * RFC 4180 quoting and CRLF line ends. The columns are the JSON's activity keys; partners are joined by "; ".
 */
final class CsvRenderer implements ReportRenderer {

    private static final String BOM = "\uFEFF";

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        // Encoded a few kilobytes at a time, after a line, so a long report is held once, as UTF-8.
        ChunkedBytes bytes = new ChunkedBytes();
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, JsonRenderer.ACTIVITY_KEYS);
        for (ActivityRow row : content.activities()) {
            line(
                    csv,
                    JsonRenderer.activityValues(row).stream()
                            .map(CsvRenderer::text)
                            .toList());
            bytes.writeUtf8IfLong(csv);
        }
        bytes.writeUtf8(csv);
        return bytes.rendition(format(), "text/csv; charset=UTF-8", "csv");
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A field quoted when RFC 4180 needs it. A text that a spreadsheet would take for a formula (=, +, -, @ first) is
     * prefixed with an apostrophe, so a title typed by a user cannot run in the reader's Excel.
     */
    static String field(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
