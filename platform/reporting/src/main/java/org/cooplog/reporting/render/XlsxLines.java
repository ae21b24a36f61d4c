package org.cooplog.reporting.render;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Rows written one after another down a sheet of the XLSX: lines of text, then a table under a frozen header. */
final class XlsxLines {

    private final XSSFSheet sheet;
    private final XlsxStyles styles;
    private int at;

    XlsxLines(XSSFSheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFRow next() {
        return sheet.createRow(at++);
    }

    void skip() {
        at++;
    }

    void bold(String text) {
        line(text, styles.bold);
    }

    void italic(String text) {
        line(text, styles.italic);
    }

    void plain(String text) {
        line(text, styles.plain);
    }

    /** A line of text, or an empty row where there is none, so every sheet's table starts where expected. */
    private void line(String text, CellStyle style) {
        XSSFRow row = next();
        if (text != null && !text.isEmpty()) {
            XlsxStyles.text(row, 0, text, style);
        }
    }

    /** The header row, bold; returns its index. */
    int header(List<String> columns) {
        int index = at;
        XSSFRow row = next();
        for (int i = 0; i < columns.size(); i++) {
            XlsxStyles.text(row, i, columns.get(i), styles.header);
        }
        return index;
    }

    /** The header frozen and repeated on every printed page, the columns as wide as given in characters. */
    void finish(int header, List<Integer> widths) {
        sheet.createFreezePane(0, header + 1);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
    }
}
