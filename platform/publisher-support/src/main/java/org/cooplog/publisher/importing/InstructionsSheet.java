package org.cooplog.publisher.importing;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template's first sheet, for someone who has never seen it: how to fill the data sheet in plain words, then a
 * table of every column with whether it is required, what it takes and an example. Nothing on it is ever imported:
 * the import reads the data sheet.
 */
final class InstructionsSheet {

    private static final int STEPS = 7;
    private static final int[] WIDTHS = {32, 10, 72, 64};
    private static final int PAGE_WIDTH = 178;
    private static final float LINE_POINTS = 15;

    private InstructionsSheet() {}

    static void write(XSSFWorkbook workbook, List<Column> columns, Language language, String dataSheet) {
        XSSFSheet sheet = workbook.createSheet(ImportWords.text(language, "sheet.instructions"));
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        TemplateWorkbook.printOnePageWide(sheet);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        int r = 0;
        text(sheet, r, ImportWords.text(language, "guide.title"), style(workbook, 14, null))
                .setHeightInPoints(24);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
        r++;
        r++;
        for (int step = 1; step <= STEPS; step++) {
            Row row =
                    text(sheet, r, step + ". " + ImportWords.text(language, "guide.step." + step, dataSheet), wrapped);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
            row.setHeightInPoints(LINE_POINTS * (lines(row.getCell(0).getStringCellValue(), PAGE_WIDTH) + 0.5f));
            r++;
        }
        r++;
        text(sheet, r++, ImportWords.text(language, "guide.columns"), style(workbook, 12, null));
        CellStyle head = style(workbook, 11, IndexedColors.GREY_25_PERCENT);
        Row heads = sheet.createRow(r++);
        String[] titles = {"guide.column", "guide.required", "guide.takes", "guide.example"};
        for (int i = 0; i < titles.length; i++) {
            cell(heads, i, ImportWords.text(language, titles[i]), head);
        }
        for (Column column : columns) {
            Row row = sheet.createRow(r++);
            cell(row, 0, column.label(language), wrapped);
            cell(row, 1, column.required() ? ImportWords.yesNo(language, true) : "", wrapped);
            cell(row, 2, ColumnGuide.takes(column, language), wrapped);
            cell(row, 3, ColumnGuide.example(column, language), wrapped);
            int lines = 1;
            for (int i = 0; i < WIDTHS.length; i++) {
                lines = Math.max(lines, lines(row.getCell(i).getStringCellValue(), WIDTHS[i]));
            }
            row.setHeightInPoints(LINE_POINTS * lines);
        }
    }

    /**
     * How many lines a text takes in a column of that many characters' width: a spreadsheet program does not grow a
     * row for wrapped text it did not lay out itself, so the sheet sets the heights.
     */
    private static int lines(String text, int width) {
        return Math.max(1, (int) Math.ceil(text.length() / (width * 0.95)));
    }

    private static Row text(XSSFSheet sheet, int index, String text, CellStyle style) {
        Row row = sheet.createRow(index);
        cell(row, 0, text, style);
        return row;
    }

    private static void cell(Row row, int index, String text, CellStyle style) {
        Cell cell = row.createCell(index);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, int points, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
