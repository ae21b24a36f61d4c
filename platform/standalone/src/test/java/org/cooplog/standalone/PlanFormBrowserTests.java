package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A desk officer plans an activity the way the issue tells it: a day typed "15/03/2022", no partner country, no topic
 * and "khoảng 20" participants. The first submit lists every mistake at once, in the page's language and by label,
 * with the focus on the list and each item leading to its field; once they are corrected (the country chosen by its
 * Vietnamese name), the second submit records the activity. At a desktop's width and at a phone's.
 */
@ExtendWith(RunningProduct.class)
class PlanFormBrowserTests {

    @Test
    void everyMistakeIsListedAtTheFirstSubmitInVietnameseAndTheSecondSubmitRecordsThePlan() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/tracks/bilateral/activities/new?lang=vi");
            typeThePlanOfTheIssue(desk, "Hội thảo về liêm chính với Hàn Quốc (biểu mẫu)");
            desk.screenshot(RunningProduct.screenshot("plan-form-filled.png"));

            desk.find("#submit").click();

            WebElement summary = desk.find("#form-problem");
            assertThat(summary.isDisplayed()).isTrue();
            assertThat(summary.findElement(By.cssSelector(".problems-title")).getText())
                    .isEqualTo("Chưa ghi được: có 3 chỗ cần sửa");
            assertThat(texts(summary.findElements(By.cssSelector("li a"))))
                    .containsExactly(
                            "Nước đối tác: Chưa nhập",
                            "Chủ đề: Chưa nhập",
                            "Số người dự kiến: Hãy nhập một số nguyên, ví dụ 20");
            assertThat(focused(desk).getAttribute("id")).isEqualTo("form-problem");
            assertThat(desk.find("#details-topic").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(desk.find("#details-plannedParticipants").getAttribute("value"))
                    .isEqualTo("khoảng 20");
            assertThat(desk.find("#plan-starts").getAttribute("value")).isEqualTo("15/03/2022");
            desk.screenshot(RunningProduct.screenshot("plan-form-mistakes.png"));
            eachLinkMovesTheFocusToItsField(desk);

            correctTheMistakes(desk, "Hàn Quốc");
            desk.find("#submit").click();

            desk.screenshot(RunningProduct.screenshot("plan-form-second-submit.png"));
            desk.waitFor(By.id("done"));
            assertThat(desk.find("#activity-status").getText()).isEqualTo("Đã lên kế hoạch");
            assertThat(desk.text()).contains("Cơ quan Chống tham nhũng và Quyền dân sự", "Bộ Tư pháp Hàn Quốc");
        }
    }

    @Test
    void onAPhoneInEnglishTheSameMistakesAreInEnglishAndTheFormIsOneColumn() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.driver().manage().window().setSize(new Dimension(390, 844));
            desk.go("/tracks/bilateral/activities/new?lang=en");
            desk.screenshot(RunningProduct.screenshot("plan-form-390.png"));
            assertThat(desk.find("#plan-title").getRect().getX())
                    .as("one column: the title and its English form one under the other")
                    .isEqualTo(desk.find("#plan-titleEn").getRect().getX());
            WebElement form = desk.find("#plan-form");
            long width = (Long) script(desk, "return window.innerWidth;");
            assertThat(form.getRect().getX() + form.getRect().getWidth()).isLessThanOrEqualTo((int) width);
            typeThePlanOfTheIssue(desk, "Workshop on integrity with Korea (form, phone)");

            desk.find("#submit").click();

            WebElement summary = desk.find("#form-problem");
            assertThat(summary.findElement(By.cssSelector(".problems-title")).getText())
                    .isEqualTo("Not recorded: 3 things to correct");
            assertThat(texts(summary.findElements(By.cssSelector("li a"))))
                    .containsExactly(
                            "Partner country: Not filled in",
                            "Topic: Not filled in",
                            "Planned participants: Enter a whole number, e.g. 20");
            assertThat(focused(desk).getAttribute("id")).isEqualTo("form-problem");
            desk.screenshot(RunningProduct.screenshot("plan-form-mistakes-390.png"));
            eachLinkMovesTheFocusToItsField(desk);

            correctTheMistakes(desk, "Republic of Korea");
            desk.find("#submit").click();

            desk.waitFor(By.id("done"));
            assertThat(desk.find("#activity-status").getText()).isEqualTo("Planned");
        }
    }

    @Test
    void thePublisherListsEveryMistakeAtOnceWhenThePagesOwnCheckIsBypassed() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/tracks/bilateral/activities/new?lang=vi");
            typeThePlanOfTheIssue(desk, "Hội thảo về liêm chính với Hàn Quốc (máy chủ)");

            script(desk, "HTMLFormElement.prototype.submit.call(document.getElementById('plan-form'));");

            desk.waitFor(By.cssSelector("#form-problem:not([hidden])"));
            assertThat(texts(desk.all("#form-problem li a")))
                    .containsExactly(
                            "Nước đối tác: Chưa nhập",
                            "Chủ đề: Chưa nhập",
                            "Số người dự kiến: Hãy nhập một số nguyên, ví dụ 20");
            assertThat(focused(desk).getAttribute("id")).isEqualTo("form-problem");
            assertThat(desk.find("#details-plannedParticipants").getAttribute("aria-describedby"))
                    .isEqualTo("details-plannedParticipants-error");
            assertThat(desk.find("#plan-starts").getAttribute("value")).isEqualTo("15/03/2022");
        }
    }

    @Test
    void theCalendarButtonWritesTheChosenDayAsPeopleWriteIt() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/tracks/bilateral/activities/new?lang=vi");
            WebElement button = desk.find("#plan-ends + .pick-date");
            assertThat(button.getAttribute("aria-label")).isEqualTo("Chọn ngày: Ngày kết thúc");

            desk.find("#plan-ends").click();
            desk.find("#plan-ends").sendKeys(Keys.TAB);
            assertThat(focused(desk))
                    .as("the button is reached by the keyboard")
                    .isEqualTo(button);
            script(
                    desk,
                    "const picker = document.querySelector('#plan-ends ~ .date-picker');"
                            + " picker.value = '2022-03-20'; picker.dispatchEvent(new Event('change'));");

            assertThat(desk.find("#plan-ends").getAttribute("value")).isEqualTo("20/03/2022");
            assertThat(focused(desk).getAttribute("id")).isEqualTo("plan-ends");
        }
    }

    private static void typeThePlanOfTheIssue(Browser desk, String title) {
        desk.type("plan.title", title);
        desk.type("plan.starts", "15/03/2022");
        desk.choose("plan.modality", "IN_PERSON");
        desk.choose("details.kind", "WORKSHOP");
        desk.type("details.plannedParticipants", "khoảng 20");
    }

    /**
     * The country typed by its name in the page's language as the list offers it, a second partner added in the page
     * with countries typed as "Korea" and "kr", the rest fixed.
     */
    private static void correctTheMistakes(Browser desk, String korea) {
        WebElement country = desk.find("#details-partnerCountry");
        country.clear();
        country.sendKeys(korea);
        assertThat(desk.all("#" + country.getAttribute("list") + " option[value='" + korea + "']"))
                .hasSize(1);
        desk.type("details.topic", "Liêm chính trong khu vực công");
        desk.type("details.plannedParticipants", "20");
        desk.type("plan.partners[0].name", "Cơ quan Chống tham nhũng và Quyền dân sự");
        desk.type("plan.partners[0].country", "Korea");
        desk.find("button.add-row").click();
        WebElement second = focused(desk);
        assertThat(second.getAttribute("name")).isEqualTo("plan.partners[1].name");
        assertThat(desk.find("label[for='plan-partners-1--name']").getText()).endsWith(" 2");
        second.sendKeys("Bộ Tư pháp Hàn Quốc");
        desk.type("plan.partners[1].country", "kr");
    }

    /** Each item of the summary takes the focus to the field it names. */
    private static void eachLinkMovesTheFocusToItsField(Browser desk) {
        List<WebElement> links = desk.all("#form-problem li a");
        for (WebElement link : links) {
            String target = link.getAttribute("href")
                    .substring(link.getAttribute("href").indexOf('#') + 1);
            link.click();
            assertThat(focused(desk).getAttribute("id")).isEqualTo(target);
        }
    }

    private static WebElement focused(Browser desk) {
        return desk.driver().switchTo().activeElement();
    }

    private static Object script(Browser desk, String script) {
        return ((JavascriptExecutor) desk.driver()).executeScript(script);
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
