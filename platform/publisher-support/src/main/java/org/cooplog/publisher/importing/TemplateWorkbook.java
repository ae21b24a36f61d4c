package org.cooplog.publisher.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template as a workbook: the instructions first, then the sheet to fill in, whose header names each column by
 * its label, frozen and wrapped, and whose columns with a closed set of values offer them in a drop-down list from a
 * hidden lists sheet and refuse anything else. Date columns are formatted as text, so a month typed as
 * {@code 03/2022} stays a month instead of becoming the first of March, and hint at how a date is written.
 */
final class TemplateWorkbook {

    /** How far down the lists and hints reach: more rows than a file may have. */
    static final int LAST_ROW = 5000;

    private TemplateWorkbook() {}

    static void write(List<Column> columns, Language language, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            String dataName = ImportWords.text(language, "sheet.data");
            InstructionsSheet.write(workbook, columns, language, dataName);
            XSSFSheet data = workbook.createSheet(dataName);
            XSSFSheet lists = workbook.createSheet(ImportWords.text(language, "sheet.lists"));
            header(workbook, data, columns, language);
            int list = 0;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                List<String> choices = ColumnGuide.choices(column, language);
                if (!choices.isEmpty()) {
                    String range = writeList(lists, list++, column.label(language), choices);
                    dropDown(data, i, range, column.label(language), language);
                } else if (column.kind() == Column.Kind.DATE) {
                    dateHint(data, i, language);
                }
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XSSFWorkbook workbook, XSSFSheet data, List<Column> columns, Language language) {
        CellStyle optional = headerStyle(workbook, IndexedColors.GREY_25_PERCENT);
        CellStyle required = headerStyle(workbook, IndexedColors.LIGHT_YELLOW);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row header = data.createRow(0);
        header.setHeightInPoints(48);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String heading = ImportTemplate.heading(column, language);
            header.createCell(i).setCellValue(heading);
            header.getCell(i).setCellStyle(column.required() ? required : optional);
            if (column.kind() == Column.Kind.DATE) {
                data.setDefaultColumnStyle(i, text);
            }
            int width = column.kind() == Column.Kind.COUNTRY || column.kind() == Column.Kind.ORGANISATIONS ? 30 : 18;
            data.setColumnWidth(i, Math.max(width, Math.min(40, heading.length() / 2 + 4)) * 256);
        }
        data.createFreezePane(0, 1);
    }

    /** Printed across, as wide as one page, so no column runs onto a page of its own. */
    static void printOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, IndexedColors fill) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** Writes a list into its own column of the lists sheet; returns the range that holds its values. */
    private static String writeList(XSSFSheet lists, int index, String title, List<String> values) {
        rowAt(lists, 0).createCell(index).setCellValue(title);
        for (int r = 0; r < values.size(); r++) {
            rowAt(lists, r + 1).createCell(index).setCellValue(values.get(r));
        }
        String letter = CellReference.convertNumToColString(index);
        return "'" + lists.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1);
    }

    private static void dropDown(XSSFSheet data, int column, String range, String label, Language language) {
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range), new CellRangeAddressList(1, LAST_ROW, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(
                ImportWords.text(language, "validation.title"), ImportWords.text(language, "validation.text", label));
        data.addValidationData(validation);
    }

    private static void dateHint(XSSFSheet data, int column, Language language) {
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidationConstraint anything = new XSSFDataValidationConstraint(
                DataValidationConstraint.ValidationType.ANY, DataValidationConstraint.OperatorType.IGNORED, null);
        DataValidation hint = helper.createValidation(anything, new CellRangeAddressList(1, LAST_ROW, column, column));
        hint.setShowPromptBox(true);
        hint.setShowErrorBox(false);
        hint.createPromptBox(
                ImportWords.text(language, "validation.date.title"),
                ImportWords.text(language, "validation.date.text"));
        data.addValidationData(hint);
    }

    private static Row rowAt(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
