package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.standalone.PageLanguage.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page each role uses, as that person sees it on a desktop screen (1,440 px) and on a phone (390 px, and 360 px
 * for the timeline and an activity), in Vietnamese and in English: the page never has to be scrolled sideways, the
 * accessibility checker finds nothing serious or critical against WCAG 2.2 AA, and the page speaks the reader's
 * language without the program's inner words.
 *
 * <p>What the checker calls moderate or minor is printed, not failed.
 */
@ExtendWith(RunningProduct.class)
class PhoneAndAccessibilityBrowserTests {

    static final int DESKTOP = 1440;
    static final int PHONE = 390;
    static final int SMALL_PHONE = 360;

    private static final List<String> NOTED = new ArrayList<>();

    /** A page a person uses, under a name of its own, and the widths it is checked at. */
    record Page(String name, String path, int... widths) {

        static Page of(String name, String path) {
            return new Page(name, path, DESKTOP, PHONE);
        }

        static Page narrowestToo(String name, String path) {
            return new Page(name, path, DESKTOP, PHONE, SMALL_PHONE);
        }
    }

    @Test
    void aDeskOfficersPagesFitAPhoneAndSpeakTheirLanguage() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            String activity = anActivityOf(desk, "bilateral");
            desk.go(activity + "?lang=vi");
            String step = desk.all(".actions a[id^='step-']").stream()
                    .map(link -> link.getDomAttribute("href"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the desk is offered no step on its own activity"));
            List<String> problems = check(
                    desk,
                    Page.narrowestToo("timeline", "/activities"),
                    Page.narrowestToo("activity", activity),
                    Page.of("plan form", "/tracks/bilateral/activities/new"),
                    Page.of("step form", step),
                    Page.of("import page", "/tracks/bilateral/imports"),
                    Page.of("reports", "/reports"),
                    Page.of("error page", "/tracks/uncac/activities/new"));

            desk.width(PHONE).go("/activities?lang=vi");
            desk.screenshot(RunningProduct.screenshot("timeline-phone.png"));
            desk.go(activity + "?lang=vi");
            desk.screenshot(RunningProduct.screenshot("activity-phone.png"));
            desk.go("/tracks/bilateral/activities/new?lang=vi");
            desk.screenshot(RunningProduct.screenshot("plan-form-phone.png"));
            desk.go("/reports?lang=en");
            desk.screenshot(Path.of("target/screenshots/pages/reports-phone-en.png"));
            desk.width(DESKTOP).go(activity + "?lang=vi");
            desk.screenshot(Path.of("target/screenshots/pages/activity-desktop.png"));
            assertThat(problems).as(String.join("\n", problems)).isEmpty();
        }
    }

    @Test
    void theReportOfficersPagesFitAPhoneAndSpeakTheirLanguage() {
        try (Browser officer = RunningProduct.as("report.officer")) {
            String activity = anActivityOf(officer, "ogp");
            List<String> problems = check(
                    officer,
                    Page.of("timeline", "/activities"),
                    Page.of("activity", activity),
                    Page.of("reports", "/reports"),
                    Page.of("audit", "/audit"),
                    Page.of("audit history", "/audit/history?activity=" + idOf(activity)),
                    Page.of("error page", "/tracks/bilateral/activities/new"));
            assertThat(problems).as(String.join("\n", problems)).isEmpty();
        }
    }

    @Test
    void theAuditorsPagesFitAPhoneAndSpeakTheirLanguage() {
        try (Browser auditor = RunningProduct.as("auditor")) {
            String activity = anActivityOf(auditor, "uncac");
            List<String> problems = check(
                    auditor,
                    Page.of("timeline", "/activities"),
                    Page.of("activity", activity),
                    Page.of("audit", "/audit"),
                    Page.of("audit history", "/audit/history?activity=" + idOf(activity)),
                    Page.of("audit as of", "/audit/as-of?instant=" + Instant.now()),
                    Page.of("audit verification", "/audit/verify"),
                    Page.of("reports", "/reports"),
                    Page.of("error page", "/tracks/uncac/imports"));
            assertThat(problems).as(String.join("\n", problems)).isEmpty();
        }
    }

    @Test
    void theAdministratorsPagesFitAPhoneAndSpeakTheirLanguage() {
        try (Browser admin = RunningProduct.as("admin")) {
            String activity = anActivityOf(admin, "apec");
            List<String> problems = check(
                    admin,
                    Page.narrowestToo("timeline", "/activities"),
                    Page.of("activity", activity),
                    Page.of("plan form", "/tracks/ogp/activities/new"),
                    Page.of("import page", "/tracks/aseanpac/imports"),
                    Page.of("reports", "/reports"),
                    Page.of("audit", "/audit"),
                    Page.of("error page", "/activities/no-such-activity"));
            admin.width(SMALL_PHONE).go("/activities?lang=vi");
            admin.screenshot(Path.of("target/screenshots/pages/admin-menu-360.png"));
            assertThat(problems).as(String.join("\n", problems)).isEmpty();
        }
    }

    @Test
    void theFirstTabOffersTheSkipLinkWhichLeadsPastTheMenuToThePage() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            for (int width : new int[] {DESKTOP, SMALL_PHONE}) {
                desk.width(width).go("/activities?lang=vi");
                desk.find("body").sendKeys(Keys.TAB);
                WebElement skip = desk.driver().switchTo().activeElement();
                assertThat(skip.getText()).isEqualTo("Bỏ qua, đến nội dung chính");
                assertThat(skip.getRect().getY())
                        .as("the skip link shows when it has the focus")
                        .isGreaterThanOrEqualTo(0);
                skip.sendKeys(Keys.ENTER);
                WebElement next = desk.driver().switchTo().activeElement();
                next.sendKeys(Keys.TAB);
                assertThat((Boolean) desk.driver()
                                .executeScript(
                                        "return document.querySelector('main').contains(document.activeElement);"))
                        .as("after the skip link, the next Tab is in the page's content, past the menu")
                        .isTrue();
            }
        }
    }

    @Test
    void onTheSmallestPhoneTheAccountAndSignOutAreOnScreen() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.width(SMALL_PHONE).go("/activities?lang=vi");
            for (String part : new String[] {"#signed-in-as", "header form[action$='/logout'] button", "nav.menu a"}) {
                WebElement element = desk.find(part);
                assertThat(element.getRect().getX() + element.getRect().getWidth())
                        .as(part + " ends inside the screen")
                        .isLessThanOrEqualTo(SMALL_PHONE);
                assertThat(element.getRect().getX())
                        .as(part + " starts inside the screen")
                        .isGreaterThanOrEqualTo(0);
            }
            assertThat(desk.find("header form[action$='/logout'] button").getText())
                    .isEqualTo("Đăng xuất");
        }
    }

    @Test
    void theChecksSeeAPageThatIsTooWideHasAnUnnamedButtonAndSpeaksLikeTheProgram() {
        try (Browser desk = RunningProduct.as("desk.bilateral")) {
            desk.go("/reports?lang=vi").width(PHONE);
            assertThat(desk.scrollsSideways()).isFalse();
            assertThat(Accessibility.violations(desk)).noneMatch(Accessibility.Violation::blocking);
            assertThat(PageLanguage.problems(desk.texts(), Language.VIETNAMESE)).isEmpty();

            desk.driver().executeScript("""
                    const wide = document.createElement('div');
                    wide.textContent = 'must not be blank';
                    wide.style.width = '900px';
                    const unnamed = document.createElement('button');
                    document.querySelector('main').append(wide, unnamed);
                    """);
            assertThat(desk.scrollsSideways())
                    .as("the page, its window, the added part and the address: %s", List.of(widths(desk)))
                    .isTrue();
            assertThat(Accessibility.violations(desk)).anySatisfy(violation -> {
                assertThat(violation.rule()).isEqualTo("button-name");
                assertThat(violation.blocking()).isTrue();
            });
            assertThat(PageLanguage.problems(desk.texts(), Language.VIETNAMESE))
                    .extracting(PageLanguage.Problem::text)
                    .contains("must not be blank");
        }
    }

    @AfterAll
    static void printWhatTheCheckerNoted() {
        List<String> noted = NOTED.stream().distinct().toList();
        System.out.println(
                noted.isEmpty() ? "Noted, not failed: nothing" : "Noted, not failed:\n" + String.join("\n", noted));
    }

    /** Visits each page in both languages at each of its widths and says what is wrong, page by page. */
    static List<String> check(Browser browser, Page... pages) {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            for (Language language : Language.values()) {
                String code = language == Language.VIETNAMESE ? "vi" : "en";
                String where = page.name() + " (" + page.path() + ", " + code + ")";
                browser.width(DESKTOP).go(page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + code);
                assertThat(browser.language())
                        .as(where + " declares its language")
                        .isEqualTo(code);
                for (int width : page.widths()) {
                    browser.width(width);
                    if (browser.scrollsSideways()) {
                        problems.add(where + " at " + width + " px: the page scrolls sideways");
                    }
                    for (Accessibility.Violation violation : Accessibility.violations(browser)) {
                        String line = where + " at " + width + " px: " + violation;
                        if (violation.blocking()) {
                            problems.add(line);
                        } else {
                            NOTED.add(line);
                        }
                    }
                    List<PageLanguage.Problem> wording = PageLanguage.problems(browser.texts(), language);
                    for (PageLanguage.Problem problem : wording) {
                        problems.add(where + ": " + problem);
                    }
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    /** The page of one of the seeded activities of a track, once the timeline shows them. */
    static String anActivityOf(Browser browser, String track) {
        String link = "#timeline a[href*='/activities/" + track + "-']";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !browser.go("/activities?lang=vi").all(link).isEmpty());
        return browser.find(link).getDomAttribute("href");
    }

    static Object[] widths(Browser browser) {
        return ((List<?>)
                        browser.driver()
                                .executeScript(
                                        "return [document.documentElement.scrollWidth, window.innerWidth, document.querySelector('main > div:last-of-type') ? document.querySelector('main > div:last-of-type').getBoundingClientRect().width : -1, document.location.href];"))
                .toArray();
    }

    static String idOf(String activityPath) {
        return activityPath.substring(activityPath.lastIndexOf('/') + 1);
    }
}
