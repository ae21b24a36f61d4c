package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Finding things as officers do, in a real browser against the running product: a desk officer searches the timeline
 * by words typed without diacritics and filters it by days typed as people in Viet Nam write them; an auditor finds
 * an activity's history by part of its title, asks the log as of a day, and a bad request keeps the menu. Only the
 * seeded activities are counted on, never totals.
 */
@ExtendWith(RunningProduct.class)
class FindingAndAuditBrowserTests {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final Dimension DESKTOP = new Dimension(1440, 1000);
    static final Dimension PHONE = new Dimension(390, 844);

    @BeforeAll
    static void seeded() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() ->
                            desk.go("/activities").all("#timeline tbody tr a").size() >= 20);
        }
    }

    @Test
    void aDeskOfficerFindsActivitiesByWordsOfTheirTitleWithoutDiacritics() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.driver().manage().window().setSize(DESKTOP);
            desk.go("/activities");
            desk.type("q", "thanh tra");
            desk.find("#filter-apply").click();

            List<String> titles = titles(desk);
            assertThat(titles)
                    .contains(
                            "Cử công chức tham dự các khóa đào tạo trực tuyến về thanh tra, phòng, chống tham nhũng"
                                    + " theo lời mời của Hàn Quốc",
                            "Các khóa đào tạo nghiệp vụ dành cho cán bộ thanh tra giai đoạn 2021-2023 phối hợp với"
                                    + " đối tác Hàn Quốc")
                    .allSatisfy(title -> assertThat(bare(title)).contains("thanh tra"));
            assertThat(desk.find("#filter-q").getAttribute("value")).isEqualTo("thanh tra");
            desk.screenshot(RunningProduct.screenshot("finding-timeline-search.png"));
            desk.driver().manage().window().setSize(PHONE);
            desk.screenshot(RunningProduct.screenshot("finding-timeline-search-phone.png"));
        }
    }

    @Test
    void aDeskOfficerFindsAPartnerNamedOnlyInTheTitleByItsNameWithoutDiacritics() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/activities");
            desk.type("partner", "han quoc");
            desk.find("#filter-apply").click();

            assertThat(titles(desk))
                    .contains(
                            "Cử công chức tham dự các khóa đào tạo trực tuyến về thanh tra, phòng, chống tham nhũng"
                                    + " theo lời mời của Hàn Quốc",
                            "Các khóa đào tạo nghiệp vụ dành cho cán bộ thanh tra giai đoạn 2021-2023 phối hợp với"
                                    + " đối tác Hàn Quốc")
                    .noneSatisfy(title -> assertThat(title).contains("Trung Quốc"))
                    .noneSatisfy(title -> assertThat(title).contains("Malaysia"));
        }
    }

    @Test
    void aDeskOfficerFiltersByDaysTypedAsDdMmYyyyAndIsToldWhenOneIsNoDay() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.driver().manage().window().setSize(DESKTOP);
            desk.go("/activities");
            desk.type("from", "01/10/2021");
            desk.type("to", "31/12/2021");
            desk.find("#filter-apply").click();
            desk.waitFor(By.id("timeline"));

            assertThat(titles(desk))
                    .contains("Khóa đào tạo trực tuyến về liêm chính, đạo đức và phòng, chống tham nhũng")
                    .noneSatisfy(title -> assertThat(title).contains("tháng 6/2021"))
                    .noneSatisfy(title -> assertThat(title).contains("tháng 9/2021"));
            assertThat(desk.all("#timeline tbody td.nowrap"))
                    .extracting(WebElement::getText)
                    .allSatisfy(day -> assertThat(day).matches("[0-9/ –]+").doesNotContain("-"));
            assertThat(desk.find("#filter-from").getAttribute("value")).isEqualTo("01/10/2021");
            assertThat(desk.find("#filter-dates-hint").getText()).contains("dd/mm/yyyy");
            desk.screenshot(RunningProduct.screenshot("finding-timeline-dates.png"));

            desk.type("from", "31/02/2021");
            desk.find("#filter-apply").click();
            assertThat(desk.waitFor(By.id("filter-from-error")).getText())
                    .startsWith("Từ ngày: Không phải một ngày. Hãy viết dd/mm/yyyy");
            assertThat(desk.all("#timeline")).isEmpty();
            desk.screenshot(RunningProduct.screenshot("finding-timeline-bad-date.png"));
        }
    }

    @Test
    void anAuditorFindsAHistoryByPartOfItsTitleAndSeesWhenEachEventTookPlace() {
        try (Browser auditor = RunningProduct.as("auditor")) {
            auditor.driver().manage().window().setSize(DESKTOP);
            auditor.go("/audit");
            auditor.type("activity", "tham nhung theo loi moi");
            auditor.find("#history-form button").click();

            auditor.waitFor(By.id("matches"));
            assertThat(auditor.text()).doesNotContain("Mã lỗi");
            assertThat(auditor.all("#matches li a"))
                    .extracting(WebElement::getText)
                    .anySatisfy(title -> assertThat(title).endsWith("theo lời mời của Hàn Quốc"));
            assertThat(auditor.all("#matches li .when"))
                    .extracting(WebElement::getText)
                    .allSatisfy(when -> assertThat(when).matches("[0-9/ –]+ · .+ · .+"));
            auditor.screenshot(RunningProduct.screenshot("audit-matches.png"));
            auditor.all("#matches li a").stream()
                    .filter(link -> link.getText().endsWith("theo lời mời của Hàn Quốc"))
                    .findFirst()
                    .orElseThrow()
                    .click();

            auditor.waitFor(By.id("audit-history"));
            assertThat(auditor.find("h1").getText()).endsWith("theo lời mời của Hàn Quốc");
            assertThat(auditor.all("#audit-history tbody td.occurred"))
                    .isNotEmpty()
                    .extracting(WebElement::getText)
                    .allSatisfy(day -> assertThat(day).matches("(dự kiến )?[0-9/ –]+"));
            assertThat(auditor.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            auditor.screenshot(RunningProduct.screenshot("audit-history-by-title.png"));
            auditor.driver().manage().window().setSize(PHONE);
            auditor.screenshot(RunningProduct.screenshot("audit-history-by-title-phone.png"));
        }
    }

    @Test
    void anAuditorAsksTheLogAsOfADayAndAnEmptyAnswerExplainsItself() {
        LocalDate started = RunningProduct.get().startedOn();
        LocalDate before = started.minusDays(1);
        LocalDate today = LocalDate.now(RunningProduct.VIET_NAM);
        try (Browser auditor = RunningProduct.as("auditor")) {
            auditor.driver().manage().window().setSize(DESKTOP);
            auditor.go("/audit");
            auditor.type("instant", DAY.format(before));
            auditor.find("#as-of-form button[type=submit]").click();

            assertThat(auditor.waitFor(By.id("as-of-empty")).getText())
                    .startsWith("Nhật ký không có bản ghi nào được ghi trước thời điểm này. Bản ghi sớm nhất được ghi"
                            + " lúc ")
                    .containsAnyOf(DAY.format(started), DAY.format(started.plusDays(1)));
            assertThat(auditor.find("h1").getText())
                    .isEqualTo("Nhật ký như đã ghi đến hết ngày " + DAY.format(before) + " (giờ Việt Nam)");
            auditor.screenshot(RunningProduct.screenshot("audit-as-of-empty.png"));

            auditor.go("/audit");
            auditor.type("instant", DAY.format(today));
            auditor.find("#as-of-form button[type=submit]").click();

            auditor.waitFor(By.id("as-of"));
            assertThat(auditor.all("#as-of tbody tr").size()).isGreaterThanOrEqualTo(20);
            assertThat(auditor.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            auditor.screenshot(RunningProduct.screenshot("audit-as-of-today.png"));
        }
    }

    @Test
    void aBadRequestKeepsTheMenuAndThePersonAndSaysWhatToDo() {
        try (Browser auditor = RunningProduct.as("auditor")) {
            auditor.driver().manage().window().setSize(DESKTOP);
            auditor.go("/activities?status=NOT-A-STATUS");

            assertThat(auditor.find("#error-status").getText()).contains("400");
            assertThat(auditor.find("#signed-in-as").getText()).isEqualTo("auditor");
            assertThat(auditor.all("nav.menu a"))
                    .extracting(WebElement::getText)
                    .contains("Kiểm tra nhật ký");
            assertThat(auditor.find("#error-explanation").getText()).startsWith("Trang không hiểu yêu cầu này");
            auditor.screenshot(RunningProduct.screenshot("error-bad-request.png"));
        }
    }

    private static List<String> titles(Browser browser) {
        browser.waitFor(By.id("timeline"));
        return browser.all("#timeline tbody tr td:nth-child(3) a").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The text as a search compares it: no case, no diacritics, đ as d. */
    private static String bare(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}
