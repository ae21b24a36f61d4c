package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class ImportTemplateTests {

    private final ImportTemplate template = new ImportTemplate(Sheets.SAMPLE);

    @Test
    void theWorkbookOpensOnInstructionsInPlainWordsWithATableOfEveryColumn() throws IOException {
        try (XSSFWorkbook workbook = open(template.xlsx(Language.VI))) {
            XSSFSheet guide = workbook.getSheetAt(0);

            assertThat(workbook.getActiveSheetIndex()).isZero();
            assertThat(guide.getSheetName()).isEqualTo("Hướng dẫn");
            String text = text(guide);
            assertThat(text)
                    .contains("mỗi hoạt động một dòng")
                    .contains("Cột có dấu * là bắt buộc")
                    .contains("17/03/2022", "03/2022", "2022")
                    .contains("dấu chấm phẩy (;)")
                    .contains("không bao giờ được nhập")
                    .contains("cả tệp bị từ chối, không hoạt động nào được ghi");
            Map<String, List<String>> table = columnTable(guide);
            assertThat(table.keySet())
                    .containsAll(Sheets.SAMPLE.columns().stream()
                            .map(c -> c.label(Language.VI))
                            .toList());
            assertThat(table.get("Tên hoạt động"))
                    .containsExactly("Có", "Văn bản, tối đa 500 ký tự", "Khóa đào tạo trực tuyến về liêm chính");
            assertThat(table.get("Ngày bắt đầu"))
                    .containsExactly("Có", "Ngày: 17/03/2022, 03/2022 hoặc 2022", "18/10/2021");
            assertThat(table.get("Hình thức")).containsExactly("Có", "Chọn trong danh sách", "Trực tiếp");
            assertThat(table.get("Tên tiếng Anh").get(0)).isEmpty();
            assertThat(text).doesNotContain("plan.", "details.kind", "IN_PERSON", "TRAINING");
        }
    }

    @Test
    void theDataSheetNamesEachColumnByItsLabelMarksRequiredOnesAndHasNoRowToImport() throws IOException {
        try (XSSFWorkbook workbook = open(template.xlsx(Language.VI))) {
            XSSFSheet data = workbook.getSheet("Hoạt động");

            List<String> headers = cells(data.getRow(0));
            assertThat(headers)
                    .startsWith("Tên hoạt động *", "Tên tiếng Anh", "Ngày bắt đầu *", "Ngày kết thúc", "Hình thức *");
            assertThat(headers).contains("Loại hoạt động *", "Nước đối tác *", "Chủ đề *", "Số người dự kiến");
            assertThat(headers).noneMatch(h -> h.startsWith("plan.") || h.startsWith("details.kind"));
            assertThat(data.getLastRowNum()).as("no example row").isZero();
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(data.getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(IntStream.range(0, headers.size()).map(data::getColumnWidth))
                    .allMatch(w -> w >= 18 * 256);
        }
    }

    @Test
    void columnsWithAClosedSetOfValuesOfferThemInWordsFromAHiddenListsSheet() throws IOException {
        try (XSSFWorkbook workbook = open(template.xlsx(Language.VI))) {
            XSSFSheet data = workbook.getSheet("Hoạt động");
            XSSFSheet lists = workbook.getSheet("Danh mục");
            List<String> headers = cells(data.getRow(0));

            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            assertThat(listOf(workbook, data, headers.indexOf("Hình thức *")))
                    .containsExactly("Trực tiếp", "Trực tuyến", "Kết hợp");
            assertThat(listOf(workbook, data, headers.indexOf("Chiều đoàn"))).containsExactly("Đoàn ra", "Đoàn vào");
            assertThat(listOf(workbook, data, headers.indexOf("Loại hoạt động *")))
                    .containsExactly("Tập huấn", "Khảo sát, học tập");
            assertThat(listOf(workbook, data, headers.indexOf("Nước đối tác *")))
                    .contains("Hàn Quốc (KR)", "Pháp (FR)", "Việt Nam (VN)")
                    .hasSizeGreaterThan(200);
            assertThat(listOf(workbook, data, headers.indexOf("details.followUp")))
                    .containsExactly("Có", "Không");
            XSSFDataValidation modality = validationOf(data, headers.indexOf("Hình thức *"));
            assertThat(modality.getShowErrorBox()).isTrue();
            assertThat(modality.getErrorBoxTitle()).isEqualTo("Giá trị không có trong danh sách");
            assertThat(modality.getErrorBoxText()).contains("«Hình thức»");
            assertThat(modality.getRegions().getCellRangeAddress(0).getLastRow())
                    .isGreaterThanOrEqualTo(5000);
            assertThat(validationOf(data, headers.indexOf("Tên hoạt động *"))).isNull();
        }
    }

    @Test
    void dateColumnsAreTextAndHintAtHowADateIsWritten() throws IOException {
        try (XSSFWorkbook workbook = open(template.xlsx(Language.VI))) {
            XSSFSheet data = workbook.getSheet("Hoạt động");
            int starts = cells(data.getRow(0)).indexOf("Ngày bắt đầu *");

            XSSFDataValidation hint = validationOf(data, starts);
            assertThat(hint.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.ANY);
            assertThat(hint.getShowPromptBox()).isTrue();
            assertThat(hint.getPromptBoxText()).contains("17/03/2022", "03/2022", "2022");
            assertThat(data.getColumnStyle(starts).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void theEnglishTemplateIsInEnglishThroughout() throws IOException {
        try (XSSFWorkbook workbook = open(template.xlsx(Language.EN))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Instructions");
            XSSFSheet data = workbook.getSheet("Activities");
            List<String> headers = cells(data.getRow(0));

            assertThat(headers).startsWith("Title *", "Title in English", "Starts *", "Ends", "Modality *");
            assertThat(listOf(workbook, data, headers.indexOf("Modality *")))
                    .containsExactly("In person", "Online", "Hybrid");
            assertThat(listOf(workbook, data, headers.indexOf("Partner country *")))
                    .contains("South Korea (KR)");
            assertThat(validationOf(data, headers.indexOf("Modality *")).getErrorBoxTitle())
                    .isEqualTo("Not in the list");
            assertThat(text(workbook.getSheetAt(0)))
                    .contains("one activity per row")
                    .doesNotContain("Hoạt động");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();
        }
    }

    @Test
    void anUnfilledTemplateImportsNothingAndSaysTheFileHasNoActivities() {
        for (Language language : Language.values()) {
            for (byte[] file : List.of(template.xlsx(language), template.csv(language))) {
                assertThatThrownBy(() -> FileFormat.of(file).read(file, limits()))
                        .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                            assertThat(refused.getBody().getDetail())
                                    .isEqualTo("Tệp không có dòng hoạt động nào dưới dòng tiêu đề.");
                            assertThat(refused.getBody().getProperties())
                                    .containsEntry("detailEn", "The file has no activity rows under its header row.");
                        });
            }
        }
    }

    @Test
    void theCsvTemplateIsItsLabelledHeaderRowAfterAByteOrderMark() {
        String text = new String(template.csv(Language.VI), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFTên hoạt động *,Tên tiếng Anh,Ngày bắt đầu *,Ngày kết thúc,Hình thức *,");
        assertThat(text).doesNotContain("details.kind", "plan.").endsWith("\r\n");
        assertThat(text.lines()).hasSize(1);
        assertThat(new String(template.csv(Language.EN), StandardCharsets.UTF_8))
                .startsWith("\uFEFFTitle *,");
    }

    @Test
    void aFilledInTemplateImportsWithTheWordsOfItsLists() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = open(template.xlsx(Language.VI))) {
            XSSFSheet data = workbook.getSheet("Hoạt động");
            List<String> headers = cells(data.getRow(0));
            Row row = data.createRow(1);
            Map.of(
                            "Tên hoạt động *", "Tập huấn về liêm chính",
                            "Ngày bắt đầu *", "15/03/2022",
                            "Ngày kết thúc", "03/2022",
                            "Hình thức *", "Trực tiếp",
                            "Loại hoạt động *", "Khảo sát, học tập",
                            "Nước đối tác *", "Hàn Quốc (KR)",
                            "Chủ đề *", "Liêm chính",
                            "details.followUp", "Có",
                            "Đối tác", "Đại sứ quán Hàn Quốc (KR); KOICA (KR)")
                    .forEach((header, value) ->
                            row.createCell(headers.indexOf(header)).setCellValue(value));
            filled = bytes(workbook);
        }

        Sheet sheet = FileFormat.of(filled).read(filled, limits());
        RowReader.Result<SampleRequest> read = readFirst(sheet);

        assertThat(read.problems()).isEmpty();
        SampleRequest request = read.request();
        assertThat(request.plan().starts().toString()).isEqualTo("2022-03-15");
        assertThat(request.plan().ends().toString()).isEqualTo("2022-03");
        assertThat(request.plan().modality()).hasToString("IN_PERSON");
        assertThat(request.details().kind()).isEqualTo(SampleRequest.Kind.STUDY_VISIT);
        assertThat(request.details().partnerCountry()).isEqualTo("KR");
        assertThat(request.details().followUp()).isTrue();
        assertThat(request.plan().partners()).hasSize(2);
    }

    @Test
    void aWorkbookMadeTheOldWayWithPathsOnItsFirstSheetStillImports() throws IOException {
        byte[] old;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Danh sách");
            String[] header = {
                "plan.title", "plan.starts", "plan.modality", "details.kind", "details.partnerCountry", "details.topic"
            };
            String[] values = {"Đoàn khảo sát", "2021-10-18", "ONLINE", "TRAINING", "FR", "Liêm chính"};
            for (int i = 0; i < header.length; i++) {
                rowAt(sheet, 0).createCell(i).setCellValue(header[i]);
                rowAt(sheet, 1).createCell(i).setCellValue(values[i]);
            }
            old = bytes(workbook);
        }

        RowReader.Result<SampleRequest> read = readFirst(FileFormat.of(old).read(old, limits()));

        assertThat(read.problems()).isEmpty();
        assertThat(read.request().plan().title()).isEqualTo("Đoàn khảo sát");
        assertThat(read.request().details().partnerCountry()).isEqualTo("FR");
    }

    private static RowReader.Result<SampleRequest> readFirst(Sheet sheet) {
        ColumnCatalog.Header header = Sheets.SAMPLE.header(sheet.header());
        assertThat(header.problems()).isEmpty();
        return new RowReader<>(SampleRequest.class, Sheets.SAMPLE, header, Sheets.JSON, Sheets.VALIDATOR)
                .read(sheet.body().get(0));
    }

    /** The values of the list a column's drop-down offers, read from the range its validation names. */
    private static List<String> listOf(XSSFWorkbook workbook, XSSFSheet data, int column) {
        XSSFDataValidation validation = validationOf(data, column);
        assertThat(validation).as("a drop-down on column %d", column).isNotNull();
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        String formula = validation.getValidationConstraint().getFormula1();
        String sheetName = formula.substring(1, formula.indexOf("'!"));
        CellRangeAddress range = CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
        XSSFSheet lists = workbook.getSheet(sheetName);
        List<String> values = new ArrayList<>();
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            values.add(lists.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
        }
        return values;
    }

    private static XSSFDataValidation validationOf(XSSFSheet data, int column) {
        return data.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst()
                .orElse(null);
    }

    /** The instructions' table of columns: each label with its other cells. */
    private static Map<String, List<String>> columnTable(XSSFSheet guide) {
        Map<String, List<String>> table = new java.util.LinkedHashMap<>();
        boolean inTable = false;
        for (Row row : guide) {
            List<String> cells = cells(row);
            if (inTable && !cells.isEmpty()) {
                List<String> rest = new ArrayList<>(cells.subList(1, cells.size()));
                while (rest.size() < 3) {
                    rest.add("");
                }
                table.put(cells.get(0), rest);
            }
            inTable |= !cells.isEmpty() && cells.get(0).equals("Cột");
        }
        return table;
    }

    private static String text(XSSFSheet sheet) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .map(row -> String.join(" ", cells(row)))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        return cells;
    }

    private static Row rowAt(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    static ImportProperties limits() {
        return new ImportProperties(org.springframework.util.unit.DataSize.ofMegabytes(5), 5000, 100, 1, 5);
    }
}
