package org.cooplog.reporting.render;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles of the XLSX, in the report's font: lines above a table, its bold header, its bordered and
 * wrapped cells. Every text style carries the quote prefix, Excel's mark of a cell typed as text, so a value that
 * starts like a formula stays text when a reader edits it.
 */
final class XlsxStyles {

    final CellStyle plain;
    final CellStyle bold;
    final CellStyle italic;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle number;

    XlsxStyles(XSSFWorkbook workbook) {
        plain = style(workbook, font(workbook, false, false), false, true);
        bold = style(workbook, font(workbook, true, false), false, true);
        italic = style(workbook, font(workbook, false, true), false, true);
        header = style(workbook, font(workbook, true, false), true, true);
        header.setAlignment(HorizontalAlignment.CENTER);
        cell = style(workbook, font(workbook, false, false), true, true);
        number = style(workbook, font(workbook, false, false), true, false);
    }

    /** A text cell of the table. */
    void cell(XSSFRow row, int column, String value) {
        text(row, column, value, cell);
    }

    void number(XSSFRow row, int column, long value) {
        XSSFCell written = row.createCell(column);
        written.setCellValue(value);
        written.setCellStyle(number);
    }

    static void text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell written = row.createCell(column);
        written.setCellValue(value);
        written.setCellStyle(style);
    }

    private static XSSFFont font(XSSFWorkbook workbook, boolean bold, boolean italic) {
        XSSFFont font = workbook.createFont();
        font.setFontName(PageLayout.FONT);
        font.setFontHeightInPoints((short) 12);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    /** @param table bordered and wrapped, as a table's cells are; else a line that runs on over the empty cells */
    private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font, boolean table, boolean text) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(text);
        if (table) {
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
