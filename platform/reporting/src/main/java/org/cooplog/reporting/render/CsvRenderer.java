package org.cooplog.reporting.render;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;

/**
 * The activities of a report as a spreadsheet, in the report's language: headers and values (track, kind, modality,
 * status, yes or no) in its words, so a Vietnamese report gives a Vietnamese table. UTF-8 with a byte order mark,
 * which Excel needs to read Vietnamese, RFC 4180 quoting and CRLF line ends. The columns follow the JSON's activity
 * keys; names are joined by "; "; an empty participants cell means nobody recorded them, never none took part.
 */
final class CsvRenderer implements ReportRenderer {

    private static final String BOM = "\uFEFF";

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        RenderWords words = new RenderWords(content.language());
        // Encoded a few kilobytes at a time, after a line, so a long report is held once, as UTF-8.
        ChunkedBytes bytes = new ChunkedBytes();
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, ActivityFields.KEYS.stream().map(words::column).toList());
        for (ActivityRow row : content.activities()) {
            line(csv, ActivityFields.words(row, words));
            bytes.writeUtf8IfLong(csv);
        }
        bytes.writeUtf8(csv);
        return Rendition.of(format(), "text/csv; charset=UTF-8", "csv", bytes);
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
        if (Formulas.looksLikeOne(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
