package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser against the real product: broker, identity service, publishers, projector and
 * console, each its own process as standalone mode runs them. People sign in at the identity service with the demo
 * passwords made at the first start; every event records them by name.
 *
 * <p>Each main page is saved as a PNG in {@code target/screenshots}; with {@code -Dcooplog.screenshots=docs} in the
 * repository's {@code docs/screenshots}, which the README shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningProduct.class)
class ConsoleBrowserTests {

    static String plannedId;

    static Browser as(String user) {
        return RunningProduct.as(user);
    }

    @Test
    @Order(1)
    void aDeskOfficerPlansAnActivityAndIsRecordedAsWhoDidIt() {
        try (Browser desk = as("desk.bilateral")) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            desk.go("/activities").all("#timeline tbody tr a").size() >= 10);
            desk.screenshot(RunningProduct.screenshot("timeline.png"));

            desk.go("/tracks/bilateral/activities/new");
            desk.type(
                    "plan.title",
                    "Hội thảo trực tuyến về kiểm soát xung đột lợi ích với Cơ quan Phòng, chống tham nhũng Pháp");
            desk.type(
                    "plan.titleEn", "Online workshop on conflicts of interest with the French Anti-Corruption Agency");
            desk.type("plan.starts", "2022-03-17");
            desk.choose("plan.modality", "ONLINE");
            desk.type("plan.partners[0].name", "Cơ quan Phòng, chống tham nhũng Pháp");
            desk.type("plan.partners[0].abbreviation", "AFA");
            desk.type("plan.partners[0].country", "FR");
            desk.choose("details.kind", "WORKSHOP");
            desk.type("details.partnerCountry", "FR");
            desk.type("details.topic", "Kiểm soát xung đột lợi ích trong hoạt động công vụ");
            desk.screenshot(RunningProduct.screenshot("plan-form.png"));
            desk.find("#submit").click();

            desk.waitFor(By.id("done"));
            assertThat(desk.url()).contains("/activities/bilateral-");
            plannedId = desk.url().substring(desk.url().lastIndexOf('/') + 1);
            assertThat(desk.find("#activity-status").getText()).isEqualTo("Đã lên kế hoạch");
            assertThat(desk.find("#history .who-cell").getText()).isEqualTo("desk.bilateral");
            desk.screenshot(RunningProduct.screenshot("activity.png"));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> desk.go("/activities?track=bilateral&partner=AFA&from=2022-03-01&to=2022-03-31")
                            .text()
                            .contains("kiểm soát xung đột lợi ích với Cơ quan"));
        }
    }

    @Test
    @Order(2)
    void aMistakeIsShownNextToItsFieldAndWhatWasTypedIsKept() {
        try (Browser desk = as("desk.bilateral")) {
            desk.go("/tracks/bilateral/activities/new");
            desk.type("plan.title", "Đoàn công tác của Thanh tra Chính phủ thăm Hàn Quốc");
            desk.type("plan.starts", "2022-13-40");
            desk.choose("details.kind", "DELEGATION_OUT");
            desk.type("details.partnerCountry", "KR");
            desk.find("#submit").click();

            desk.waitFor(By.id("form-problem"));
            assertThat(desk.find("#plan-starts-error").getText()).startsWith("Hãy viết ngày theo dạng ngày/tháng/năm");
            assertThat(desk.find("#plan-title").getAttribute("value"))
                    .isEqualTo("Đoàn công tác của Thanh tra Chính phủ thăm Hàn Quốc");
            assertThat(desk.find("#details-partnerCountry").getAttribute("value"))
                    .isEqualTo("KR");
            desk.screenshot(RunningProduct.screenshot("validation-error.png"));
        }
    }

    @Test
    @Order(3)
    void twoPeopleChangingOneActivityTheSecondIsToldWhatChangedAndKeepsWhatTheyTyped() {
        try (Browser desk = as("desk.bilateral")) {
            String reschedule = "/tracks/bilateral/activities/" + plannedId + "/reschedule";
            desk.go(reschedule);
            String first = desk.driver().getWindowHandle();
            desk.driver().switchTo().newWindow(WindowType.TAB);
            desk.go(reschedule);
            desk.type("starts", "2022-03-24");
            desk.type("reason", "Phía Pháp đề nghị lùi một tuần");
            desk.find("#submit").click();
            desk.waitFor(By.id("done"));

            desk.driver().switchTo().window(first);
            desk.type("starts", "2022-04-07");
            desk.type("reason", "Trùng lịch tiếp công dân");
            desk.find("#submit").click();

            desk.waitFor(By.id("conflict"));
            assertThat(desk.find("#conflict").getText())
                    .contains("phiên bản 1")
                    .contains("phiên bản 2")
                    .contains("24/03/2022")
                    .contains("desk.bilateral");
            assertThat(desk.find("#starts").getAttribute("value")).isEqualTo("2022-04-07");
            assertThat(desk.find("#version").getAttribute("value")).isEqualTo("2");
            desk.screenshot(RunningProduct.screenshot("conflict.png"));

            desk.find("#submit").click();
            desk.waitFor(By.id("done"));
            assertThat(desk.find("#current-starts").getText()).isEqualTo("07/04/2022");
        }
    }

    @Test
    @Order(4)
    void anUploadWithMistakesListsEveryProblemByRowAndRecordsNothing() throws IOException {
        Path file = RunningProduct.get().home().resolve("danh-sach-song-phuong.csv");
        try (InputStream in = getClass().getResourceAsStream("/console/bilateral-with-mistakes.csv")) {
            Files.copy(in, file);
        }
        try (Browser desk = as("desk.bilateral")) {
            desk.go("/tracks/bilateral/imports");
            desk.find("#file").sendKeys(file.toString());
            desk.find("#submit").click();

            desk.waitFor(By.id("import-problems"));
            assertThat(desk.find("#import-status").getText()).isEqualTo("Bị từ chối");
            assertThat(desk.all("#import-problems tbody tr")).hasSizeGreaterThanOrEqualTo(4);
            assertThat(desk.find("#import-problems").getText()).contains("Ngày kết thúc");
            desk.screenshot(RunningProduct.screenshot("import-problems.png"));
        }
    }

    @Test
    @Order(5)
    void theReportOfficerIssuesAReportAndDownloadsItsPdf() throws Exception {
        try (Browser officer = as("report.officer")) {
            officer.go("/reports");
            assertThat(officer.all("a[href^='/tracks/']"))
                    .as("no desk links for the report officer")
                    .isEmpty();
            new Select(officer.find("#i-recipient")).selectByValue("mofa");
            new Select(officer.find("#i-kind")).selectByValue("QUARTER");
            new Select(officer.find("#i-year")).selectByValue("2021");
            new Select(officer.find("#i-index")).selectByValue("4");
            officer.find("#issue").click();

            officer.waitFor(By.id("issued-notice"));
            String pdf =
                    officer.find("#issued-reports a.download[href$='/pdf']").getAttribute("href");
            HttpResponse<byte[]> download = officer.download(pdf);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/pdf");
            assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            officer.screenshot(RunningProduct.screenshot("reports.png"));
        }
    }

    @Test
    @Order(6)
    void theAuditorSeesTheLogAsItWasBeforeAChangeAndCannotWrite() {
        try (Browser auditor = as("auditor")) {
            auditor.go("/audit/history?activity=" + plannedId);
            assertThat(auditor.all("#audit-history tbody tr")).hasSize(3);
            auditor.screenshot(RunningProduct.screenshot("audit-history.png"));

            auditor.go("/audit");
            auditor.type("instant", Instant.now().toString());
            auditor.find("#as-of-form button[type=submit]").click();
            auditor.waitFor(By.id("as-of"));
            assertThat(auditor.find("#as-of").getText()).contains("kiểm soát xung đột lợi ích với Cơ quan");
            auditor.screenshot(RunningProduct.screenshot("audit-as-of.png"));

            auditor.go("/activities/" + plannedId);
            assertThat(auditor.all("#step-reschedule")).isEmpty();
            auditor.go("/tracks/bilateral/activities/new");
            assertThat(auditor.find("#error-status").getText()).contains("403");
        }
    }

    @Test
    @Order(7)
    void signingOutEndsTheSessionAtTheIdentityServiceToo() {
        try (Browser desk = as("desk.bilateral")) {
            desk.find("header form[action$='/logout'] button").click();
            desk.waitFor(By.cssSelector("a.button.primary"));
            assertThat(desk.url()).endsWith("/signed-out");
            assertThat(desk.text()).contains("Đã đăng xuất");

            // The next visitor at this browser is asked for a password, not signed straight back in.
            desk.go("/activities");
            desk.waitFor(By.id("username"));
            assertThat(desk.all("#signed-in-as")).isEmpty();
            assertThat(desk.url()).doesNotContain("/activities");
        }
    }

    @Test
    @Order(8)
    void theReportOfficerPreviewsTheYearsReportInEitherLanguageAndSeesWhoOrganisedAndPaid() {
        try (Browser officer = as("report.officer")) {
            officer.go("/activities?partner=Towards%20Transparency");
            assertThat(officer.all("td.parties"))
                    .as("the partner filter finds the OGP workshop by its organiser")
                    .isNotEmpty()
                    .anySatisfy(cell ->
                            assertThat(cell.getText()).contains("(tổ chức)").contains("(tài trợ)"));

            for (String language : new String[] {"en", ""}) {
                officer.go("/reports");
                new Select(officer.find("#p-recipient")).selectByValue("cfac");
                new Select(officer.find("#p-kind")).selectByValue("YEAR");
                new Select(officer.find("#p-year")).selectByValue("2021");
                new Select(officer.find("#p-format")).selectByValue("html");
                new Select(officer.find("#p-language")).selectByValue(language);
                officer.find("#preview-form button[type='submit']").click();
                officer.waitFor(By.cssSelector("div.annex"));
                String page = officer.driver().findElement(By.tagName("body")).getText();
                if (language.equals("en")) {
                    assertThat(page)
                            .contains("REPORT", "I. GENERAL SITUATION", "II. RESULTS", "Annex I")
                            .contains("To: Central Foreign Affairs Commission")
                            .doesNotContain("BÁO CÁO", "Phụ lục");
                    officer.screenshot(RunningProduct.screenshot("report-preview-en.png"));
                } else {
                    assertThat(page)
                            .contains("BÁO CÁO", "I. TÌNH HÌNH CHUNG", "II. KẾT QUẢ THỰC HIỆN", "Phụ lục I")
                            .contains("Kính gửi: Ban Đối ngoại Trung ương", "- Như trên;", "Đã chủ trì");
                }
                assertThat(page).doesNotContain("cooplog.", "events-0@");
            }
        }
    }
}
