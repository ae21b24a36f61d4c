package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class XlsxSheetsTests {

    @Test
    void readsCellsAsTheRequestWantsThem() throws IOException {
        byte[] file = workbook(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Hoạt động");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Ngày bắt đầu");
            header.createCell(1).setCellValue("Ngày kết thúc");
            header.createCell(2).setCellValue("Năm");
            header.createCell(3).setCellValue("Số người");
            header.createCell(4).setCellValue("Tỉ lệ");
            header.createCell(5).setCellValue("Có");
            header.createCell(6).setCellValue("Công thức");
            header.createCell(8).setCellValue("Lỗi");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2021, 10, 18));
            row.getCell(0).setCellStyle(dates(workbook, "dd/mm/yyyy"));
            row.createCell(1).setCellValue(LocalDate.of(2021, 9, 1));
            row.getCell(1).setCellStyle(dates(workbook, "mmm yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2021, 1, 1));
            row.getCell(2).setCellStyle(dates(workbook, "yyyy"));
            row.createCell(3).setCellValue(45.0);
            row.createCell(4).setCellValue(12.5);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellFormula("40+5");
            row.createCell(8).setCellErrorValue(FormulaError.NA.getCode());
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Sheet sheet = XlsxSheets.read(file, 10, 1_000_000);

        assertThat(sheet.body().get(0).cells())
                .containsExactly("2021-10-18", "2021-09", "2021", "45", "12.5", "TRUE", "45", "", "#N/A");
    }

    @Test
    void readsTheFirstSheetOnlyNumberingRowsAsShownAndSkippingEmptyOnes() throws IOException {
        byte[] file = workbook(workbook -> {
            XSSFSheet first = workbook.createSheet("Một");
            first.createRow(0).createCell(0).setCellValue("Tên hoạt động");
            first.createRow(1).createCell(0).setCellValue("A");
            first.createRow(2).createCell(0).setCellValue(" ");
            first.createRow(6).createCell(0).setCellValue("B");
            workbook.createSheet("Hai").createRow(0).createCell(0).setCellValue("khác");
        });

        Sheet sheet = XlsxSheets.read(file, 10, 1_000_000);

        assertThat(sheet.header().cells()).containsExactly("Tên hoạt động");
        assertThat(sheet.body()).extracting(Sheet.Row::number).containsExactly(2, 7);
    }

    @Test
    void refusesMoreRowsThanTheLimitWithoutReadingOn() throws IOException {
        byte[] file = workbook(workbook -> {
            XSSFSheet sheet = workbook.createSheet();
            for (int i = 0; i < 50; i++) {
                sheet.createRow(i).createCell(0).setCellValue("row " + i);
            }
        });

        assertThatThrownBy(() -> XlsxSheets.read(file, 20, 1_000_000))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getBody().getType().toString())
                                .isEqualTo("urn:cooplog:problem:too-many-rows"));
    }

    @Test
    void refusesAWorkbookThatUnpacksBeyondTheLimit() throws IOException {
        byte[] file = workbook(workbook -> {
            XSSFSheet sheet = workbook.createSheet();
            for (int i = 0; i < 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue(noise(1000));
            }
        });

        assertThat(XlsxSheets.read(file, 1000, 10_000_000).body()).hasSize(199);
        assertThatThrownBy(() -> XlsxSheets.read(file, 1000, 50_000))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getBody()
                                        .getProperties()
                                        .get("detailEn")
                                        .toString())
                                .startsWith("The workbook unpacks to more than"));
    }

    @Test
    void anArchiveThatIsNoWorkbookIsUnsupportedAndABrokenOneUnreadable() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = java.util.Arrays.copyOf(workbook(w -> w.createSheet()), 300);

        assertThatThrownBy(() -> XlsxSheets.read(docx.toByteArray(), 10, 1_000_000))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(415));
        assertThatThrownBy(() -> XlsxSheets.read(truncated, 10, 1_000_000))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getBody().getType().toString()).isEqualTo("urn:cooplog:problem:unreadable-file");
                    assertThat(e.getBody().getDetail() + e.getBody().getProperties())
                            .contains("Excel Workbook (.xlsx)")
                            .doesNotContain("java.", "Exception", "zip", "Zip", "ZIP", "OOXML", "POI", "org.");
                });
    }

    static byte[] workbook(java.util.function.Consumer<XSSFWorkbook> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String noise(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(java.util.UUID.randomUUID());
        }
        return text.toString();
    }

    private static CellStyle dates(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
