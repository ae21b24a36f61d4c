package org.cooplog.publisher.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as spreadsheet programs write it: comma or semicolon separated (Excel uses the semicolon where the
 * comma is the decimal mark), with or without a byte order mark, quoted cells that may span lines. Rows are
 * numbered by record, as a spreadsheet program shows them, not by line.
 */
final class CsvSheets {

    private static final char BOM = '\uFEFF';

    private CsvSheets() {}

    static Sheet read(String text, int maxRows) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiterOf(body))
                .setIgnoreEmptyLines(false)
                .get();
        Sheet.Builder sheet = new Sheet.Builder(maxRows);
        try (CSVParser parser = CSVParser.parse(body, format)) {
            for (CSVRecord record : parser) {
                sheet.add(Math.toIntExact(record.getRecordNumber()), record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportProblems.unreadable(
                    "Không đọc được tệp CSV. Hãy kiểm tra dấu ngoặc kép trong các ô: ô mở bằng dấu ngoặc kép phải "
                            + "đóng bằng dấu ngoặc kép, ngay sau đó là dấu phân cách hoặc hết dòng.",
                    "The CSV file cannot be read. Check the quotes in its cells: a cell that opens with a quote must "
                            + "close with one, followed by the separator or the end of the line.");
        }
        return sheet.build();
    }

    /** The separator the header line uses more often outside quotes: {@code ;} or {@code ,}. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
