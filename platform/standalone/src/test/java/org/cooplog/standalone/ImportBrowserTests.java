package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A desk officer imports a list the way the page tells them to: downloads the template, fills rows in under its
 * labelled headers with the words of its lists, uploads it and sees what was recorded by title, or every mistake by
 * row, column label and a Vietnamese message.
 */
@ExtendWith(RunningProduct.class)
class ImportBrowserTests {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aDeskOfficerFillsInTheTemplateAndSeesBothActivitiesByTitle() throws Exception {
        String training = "Nhập mẫu " + RUN + ": Tập huấn về liêm chính với KOICA";
        String visit = "Nhập mẫu " + RUN + ": Khảo sát học tập tại Hàn Quốc";
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/tracks/bilateral/imports");
            assertThat(desk.find("#import-steps").getText()).contains("Tải mẫu Excel", "cột có dấu * là bắt buộc");
            assertThat(desk.find("label[for=file]").getText()).isEqualTo("Chọn tệp đã điền (.xlsx hoặc .csv)");
            desk.screenshot(RunningProduct.screenshot("import-page.png"));
            byte[] template = download(desk, desk.find("#template-xlsx"));
            Path kept = RunningProduct.screenshot("mau-nhap-hoat-dong-bilateral.xlsx");
            Files.createDirectories(kept.getParent());
            Files.write(kept, template);

            Path file = filled(
                    template,
                    "danh-sach-" + RUN + ".xlsx",
                    List.of(
                            Map.of(
                                    "Tên hoạt động *", training,
                                    "Ngày bắt đầu *", "15/03/2022",
                                    "Ngày kết thúc", "17/03/2022",
                                    "Hình thức *", "Trực tiếp",
                                    "Đối tác", "Cơ quan Hợp tác Quốc tế Hàn Quốc [KOICA] (KR)",
                                    "Loại hoạt động *", "Tập huấn",
                                    "Nước đối tác *", "Hàn Quốc (KR)",
                                    "Chủ đề *", "Liêm chính trong hoạt động công vụ",
                                    "Số người dự kiến", "30"),
                            Map.of(
                                    "Tên hoạt động *", visit,
                                    "Ngày bắt đầu *", "04/2022",
                                    "Hình thức *", "Kết hợp",
                                    "Loại hoạt động *", "Khảo sát, học tập",
                                    "Nước đối tác *", "Hàn Quốc (KR)",
                                    "Chủ đề *", "Kinh nghiệm phòng, chống tham nhũng")));
            upload(desk, file);

            desk.waitFor(By.id("import-activities"));
            assertThat(desk.find("#import-status").getText()).isEqualTo("Hoàn tất");
            List<String> titles = desk.all("#import-activities tbody a").stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(titles).containsExactly(training, visit);
            assertThat(desk.find("#import-activities").getText()).doesNotContain("bilateral-");
            desk.screenshot(RunningProduct.screenshot("import-recorded.png"));
            desk.driver().manage().window().setSize(new Dimension(390, 900));
            desk.screenshot(RunningProduct.screenshot("import-recorded-phone.png"));

            desk.find("#import-activities tbody a").click();
            desk.waitFor(By.cssSelector("main h1"));
            assertThat(desk.text()).contains(training);
        }
    }

    @Test
    void anUploadWithAMistakeShowsTheRowTheColumnLabelAndAVietnameseMessage() throws Exception {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/tracks/bilateral/imports");
            byte[] template = download(desk, desk.find("#template-xlsx"));
            Path file = filled(
                    template,
                    "co-loi-" + RUN + ".xlsx",
                    List.of(Map.of(
                            "Tên hoạt động *", "Nhập mẫu " + RUN + ": Hội thảo có lỗi",
                            "Ngày bắt đầu *", "15/03/2022",
                            "Hình thức *", "Qua mạng",
                            "Loại hoạt động *", "Hội thảo",
                            "Nước đối tác *", "Hàn Quốc (KR)",
                            "Chủ đề *", "Liêm chính")));
            upload(desk, file);

            desk.waitFor(By.id("import-problems"));
            assertThat(desk.find("#import-status").getText()).isEqualTo("Bị từ chối");
            List<WebElement> cells = desk.all("#import-problems tbody tr:first-child td");
            assertThat(cells.get(0).getText()).isEqualTo("2");
            assertThat(cells.get(1).getText()).isEqualTo("Hình thức");
            assertThat(cells.get(2).getText())
                    .isEqualTo("'Qua mạng' không phải một trong các giá trị: Trực tiếp, Trực tuyến, Kết hợp");
            assertThat(desk.find("#import-problems").getText()).doesNotContain("plan.", "IN_PERSON", "is not");
            desk.screenshot(RunningProduct.screenshot("import-mistake.png"));
        }
    }

    @Test
    void theTemplateComesInEnglishWhenTheConsoleIsInEnglish() throws Exception {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/tracks/bilateral/imports?lang=en");
            assertThat(desk.find("#template-xlsx").getText()).isEqualTo("Download the Excel template (.xlsx)");
            HttpResponse<byte[]> english =
                    desk.download(desk.find("#template-xlsx").getAttribute("href") + "?lang=en");

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english.body()))) {
                assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Instructions");
                assertThat(headers(workbook.getSheet("Activities"))).startsWith("Title *", "Title in English");
            }
            desk.go("/tracks/bilateral/imports?lang=vi");
        }
    }

    private static byte[] download(Browser desk, WebElement link) throws IOException, InterruptedException {
        HttpResponse<byte[]> template = desk.download(link.getAttribute("href"));
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("mau-nhap-hoat-dong-bilateral.xlsx");
        return template.body();
    }

    /** The template with rows written under its headers, as a desk officer fills it in, saved where they upload from. */
    private static Path filled(byte[] template, String name, List<Map<String, String>> rows) throws IOException {
        Path file = RunningProduct.get().home().resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Hướng dẫn");
            XSSFSheet data = workbook.getSheet("Hoạt động");
            List<String> headers = headers(data);
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r + 1);
                rows.get(r).forEach((header, value) -> {
                    assertThat(headers).contains(header);
                    row.createCell(headers.indexOf(header)).setCellValue(value);
                });
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            headers.add(cell.getStringCellValue());
        }
        return headers;
    }

    private static void upload(Browser desk, Path file) {
        desk.find("#file").sendKeys(file.toString());
        desk.find("#submit").click();
    }
}
