package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Totals;
import org.junit.jupiter.api.Test;

class XlsxRendererTests {

    private final XlsxRenderer renderer = new XlsxRenderer();

    @Test
    void isASpreadsheetWithAFiguresSheetThenOneSheetPerAnnex() throws IOException {
        Rendition rendition = renderer.render(SampleReports.quarterly(), SampleReports.DATE);

        assertThat(rendition.format()).isEqualTo(ReportFormat.XLSX);
        assertThat(rendition.fileExtension()).isEqualTo("xlsx");
        assertThat(rendition.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = open(rendition)) {
            assertThat(sheetNames(workbook)).containsExactly("Số liệu", "Phụ lục I", "Phụ lục II", "Phụ lục III");
        }
    }

    @Test
    void theFiguresSheetNamesEachFigureInTheReportsLanguageAndLeavesNoUnknownAsZero() throws IOException {
        ReportContent quarterly = SampleReports.quarterly();
        Totals figures = quarterly.figures();
        ReportContent unknown = JsonRendererTests.withFigures(
                quarterly, new Totals(36, 31, 0, 0, 5, 0, 12, 5, null, 31, figures.unplaced()));
        try (XSSFWorkbook workbook = open(renderer.render(unknown, SampleReports.DATE))) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            assertThat(text(sheet, 0, 0)).isEqualTo("Kết quả công tác hợp tác quốc tế quý I năm 2021");
            assertThat(text(sheet, 1, 0)).startsWith("(Kèm theo Báo cáo số 05/BC-HTQT");
            assertThat(texts(sheet.getRow(3))).containsExactly("Nội dung", "Số lượng");
            assertThat(bold(sheet.getRow(3).getCell(0))).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(text(sheet, 4, 0)).isEqualTo("Tổng số hoạt động trong kỳ");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(36);
            assertThat(text(sheet, 5, 0)).isEqualTo("Đã tổ chức, tham dự");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(31);
            assertThat(text(sheet, 12, 0)).isEqualTo("Lượt người tham dự (hoạt động đã tổ chức)");
            assertThat(text(sheet, 12, 1)).isEqualTo("Chưa có số liệu");
            assertThat(text(sheet, 14, 0)).isEqualTo("Hoạt động chưa đủ thông tin để xếp kỳ báo cáo");
        }
    }

    @Test
    void anAnnexSheetHasTheSummaryAndAttachedToLineAboveABoldFrozenWrappedTable() throws IOException {
        ReportContent content = SampleReports.quarterly();
        Annex annex = content.annexes().get(0);
        try (XSSFWorkbook workbook = open(renderer.render(content, SampleReports.DATE))) {
            XSSFSheet sheet = workbook.getSheet("Phụ lục I");
            assertThat(text(sheet, 0, 0)).isEqualTo("Phụ lục I. DANH MỤC HOẠT ĐỘNG TRONG KỲ BÁO CÁO");
            assertThat(text(sheet, 1, 0)).isEqualTo(content.heading().summary());
            assertThat(text(sheet, 2, 0)).isEqualTo(annex.attachedTo());
            int header = 4;
            assertThat(texts(sheet.getRow(header))).containsExactlyElementsOf(annex.columns());
            assertThat(sheet.getRow(header).getCell(1).getCellStyle().getWrapText())
                    .isTrue();
            assertThat(bold(sheet.getRow(header).getCell(1))).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            for (int i = 0; i < annex.rows().size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                assertThat(texts(row)).containsExactlyElementsOf(annex.rows().get(i));
                assertThat(row.getCell(1).getCellStyle().getWrapText()).isTrue();
                assertThat(bold(row.getCell(1))).isFalse();
            }
            assertThat(sheet.getColumnWidth(0)).as("STT").isEqualTo(6 * 256);
            assertThat(sheet.getColumnWidth(1)).as("the titles, wrapped").isEqualTo(60 * 256);

            XSSFSheet unplaced = workbook.getSheet("Phụ lục III");
            assertThat(text(unplaced, 3, 0)).startsWith("Các hoạt động dưới đây chỉ xác định được tháng hoặc năm");
            assertThat(text(unplaced, 6, 1)).isEqualTo(SampleReports.DIACRITICS);
            assertThat(text(unplaced, 9, 0)).startsWith("(*) Hoạt động chỉ xác định được năm");

            XSSFSheet corrections = workbook.getSheet("Phụ lục II");
            assertThat(text(corrections, 3, 0)).isEqualTo("Không có.");
        }
    }

    @Test
    void anEnglishReportHasEnglishSheetNamesAndFigures() throws IOException {
        ReportContent english = JsonRendererTests.withFigures(
                SampleReports.emptyDraftInEnglish(), new Totals(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0));
        try (XSSFWorkbook workbook = open(renderer.render(english, SampleReports.DATE))) {
            assertThat(sheetNames(workbook)).containsExactly("Figures", "Annex I", "Annex II");
            XSSFSheet sheet = workbook.getSheet("Figures");
            assertThat(texts(sheet.getRow(3))).containsExactly("Figure", "Number");
            assertThat(text(sheet, 4, 0)).isEqualTo("Activities in the period");
            assertThat(text(sheet, 12, 1)).isEqualTo("Not recorded");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextEvenWhenEdited() throws IOException {
        ReportContent quarterly = SampleReports.quarterly();
        Annex hostile = new Annex(
                "Phụ lục I",
                SampleReports.HOSTILE,
                "(Kèm theo)",
                List.of(),
                List.of("STT", "Hoạt động"),
                List.of(List.of("1", SampleReports.FORMULA), List.of("2", "+84 24 3825 2736")),
                List.of());
        ReportContent content = new ReportContent(
                quarterly.language(),
                quarterly.draft(),
                quarterly.reportId(),
                quarterly.heading(),
                quarterly.body(),
                quarterly.closing(),
                List.of(hostile),
                quarterly.reference(),
                quarterly.metadata(),
                quarterly.figures(),
                quarterly.period(),
                quarterly.activities(),
                quarterly.unplaced());
        try (XSSFWorkbook workbook = open(renderer.render(content, SampleReports.DATE))) {
            Cell formula = workbook.getSheet("Phụ lục I").getRow(5).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo(SampleReports.FORMULA);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheet("Phụ lục I")
                            .getRow(5)
                            .getCell(1)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void theSameContentGivesTheSameBytesDatedTheDocumentDate() throws IOException {
        Rendition first = renderer.render(SampleReports.quarterly(), SampleReports.DATE);
        Rendition again = renderer.render(SampleReports.quarterly(), SampleReports.DATE);

        assertThat(again.sha256Hex()).isEqualTo(first.sha256Hex());
        try (XSSFWorkbook workbook = open(first)) {
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(SampleReports.DATE);
            assertThat(workbook.getProperties()
                            .getCoreProperties()
                            .getModified()
                            .toInstant())
                    .isEqualTo(SampleReports.DATE);
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal())
                        .as(entry.getName())
                        .isEqualTo(LocalDateTime.ofInstant(SampleReports.DATE, ZoneOffset.UTC));
            }
        }
        assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
        assertThat(names.subList(1, names.size())).isSorted();
        Rendition later = renderer.render(SampleReports.quarterly(), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(later.sha256Hex()).isNotEqualTo(first.sha256Hex());
    }

    @Test
    void columnsAreAsWideAsTheirLongestLineWithinBounds() {
        assertThat(XlsxRenderer.widths(
                        List.of("STT", "Hoạt động", "Ghi chú"),
                        List.of(List.of("1", "a".repeat(200), "hai\ndòng dài hơn"), List.of("12"))))
                .containsExactly(6, 60, 14);
    }

    private static XSSFWorkbook open(Rendition rendition) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(rendition.bytes()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static boolean bold(Cell cell) {
        return ((XSSFWorkbook) cell.getSheet().getWorkbook())
                .getFontAt(cell.getCellStyle().getFontIndex())
                .getBold();
    }
}
