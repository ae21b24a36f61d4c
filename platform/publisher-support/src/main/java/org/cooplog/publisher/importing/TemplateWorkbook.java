package org.cooplog.publisher.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template as a workbook: a bold, frozen header row and an example row. Date columns are formatted as text, so
 * a month typed as {@code 2021-09} stays a month instead of becoming the first of September.
 */
final class TemplateWorkbook {

    private TemplateWorkbook() {}

    static void write(List<Column> columns, List<String> headings, List<String> example, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Hoạt động");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
                header.getCell(i).setCellStyle(bold);
                row.createCell(i).setCellValue(example.get(i));
                if (columns.get(i).kind() == Column.Kind.DATE) {
                    sheet.setDefaultColumnStyle(i, text);
                    row.getCell(i).setCellStyle(text);
                }
                sheet.setColumnWidth(
                        i, Math.min(60, Math.max(14, headings.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
