package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * A desk officer takes an activity through its steps in a real browser: plans it, records it as held with two
 * outcomes and a row for each side, finds no way to postpone what already took place, and corrects its title by
 * choosing "Tên hoạt động" from the list, starting from the title as it is. Once on a desktop screen and once on a
 * phone.
 */
@ExtendWith(RunningProduct.class)
class ActivityStepsBrowserTests {

    @Test
    void onADesktopAHeldActivityIsRecordedWithItsSidesAndCorrectedByTheFieldsName() {
        takeThroughItsSteps(1440, "Tọa đàm trực tuyến với Hàn Quốc về liêm chính công vụ", "");
    }

    @Test
    void onAPhoneTheSameStepsWork() {
        takeThroughItsSteps(390, "Tọa đàm với Hàn Quốc về phòng ngừa xung đột lợi ích", "-phone");
    }

    private static void takeThroughItsSteps(int width, String title, String suffix) {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.driver().manage().window().setSize(new Dimension(width, 1000));
            String id = plan(desk, title);

            desk.find("#step-held").click();
            desk.waitFor(By.id("outcome-rows"));
            assertThat(desk.find("#starts").getAttribute("value")).isEqualTo("09/11/2021");
            desk.type("outcomes[0]", "Hai bên chia sẻ kinh nghiệm kê khai tài sản, thu nhập");
            desk.find("#add-outcome").click();
            desk.type("outcomes[1]", "Thống nhất trao đổi đoàn vào năm 2022");
            desk.choose("participants[0].side", "VIETNAM");
            desk.type("participants[0].organisation", "Thanh tra Chính phủ");
            desk.type("participants[0].count", "8");
            desk.find("#add-participant").click();
            desk.choose("participants[1].side", "PARTNER");
            desk.type("participants[1].organisation", "Ủy ban Chống tham nhũng và Quyền công dân Hàn Quốc");
            desk.type("participants[1].count", "5");
            desk.screenshot(RunningProduct.screenshot("held-form-rows" + suffix + ".png"));
            desk.find("#submit").click();

            desk.waitFor(By.id("done"));
            assertThat(desk.find("#activity-status").getText()).isEqualTo("Đã tổ chức");
            assertThat(desk.find("#outcome").getText())
                    .contains("Kết quả 1", "Hai bên chia sẻ kinh nghiệm kê khai tài sản, thu nhập")
                    .contains("Kết quả 2", "Thống nhất trao đổi đoàn vào năm 2022")
                    .contains("Thành phần 1 — Bên", "Việt Nam", "Thanh tra Chính phủ")
                    .contains("Thành phần 2 — Bên", "Đối tác", "Ủy ban Chống tham nhũng và Quyền công dân Hàn Quốc")
                    .doesNotContain("outcomes[", "participants[", "VIETNAM", "PARTNER");
            assertThat(desk.all("#step-postpone")).isEmpty();
            assertThat(desk.all("#step-held")).isEmpty();
            desk.screenshot(RunningProduct.screenshot("activity-held" + suffix + ".png"));

            desk.go("/tracks/bilateral/activities/" + id + "/postpone");
            assertThat(desk.find("#step-refused").getText()).contains("Hoạt động đã diễn ra nên không thể hoãn.");
            assertThat(desk.all("#step-form")).isEmpty();
            desk.screenshot(RunningProduct.screenshot("postpone-refused" + suffix + ".png"));
            desk.find("#back").click();

            desk.waitFor(By.id("step-corrections")).click();
            desk.waitFor(By.id("field"));
            new Select(desk.find("#field")).selectByVisibleText("Tên hoạt động");
            var value = desk.find(".correction-value:not([hidden]) input");
            assertThat(value.getAttribute("value")).isEqualTo(title);
            assertThat(desk.text()).doesNotContain("plan.title");
            value.clear();
            value.sendKeys(title + " năm 2021");
            desk.type("reason", "Tên chưa ghi năm tổ chức");
            desk.screenshot(RunningProduct.screenshot("correction-form" + suffix + ".png"));
            desk.find("#submit").click();

            desk.waitFor(By.id("done"));
            assertThat(desk.find("h1").getText()).isEqualTo(title + " năm 2021");
            desk.find("#history tbody tr:last-child summary").click();
            assertThat(desk.find("#history tbody tr:last-child").getText())
                    .contains("Tên hoạt động", title + " năm 2021")
                    .doesNotContain("plan.title");
        }
    }

    /** Plans a bilateral activity that took place in the past and returns its id, from the page it lands on. */
    private static String plan(Browser desk, String title) {
        desk.go("/tracks/bilateral/activities/new");
        desk.type("plan.title", title);
        desk.type("plan.starts", "2021-11-09");
        desk.choose("plan.modality", "ONLINE");
        desk.choose("details.kind", "WEBINAR");
        desk.type("details.partnerCountry", "KR");
        desk.type("details.topic", "Liêm chính công vụ");
        desk.find("#submit").click();
        desk.waitFor(By.id("done"));
        return desk.url().substring(desk.url().lastIndexOf('/') + 1);
    }
}
