package org.cooplog.standalone;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at the console: a headless Chromium of the Debian package, driven through the Debian chromedriver (no
 * browser is downloaded), with its own profile, so each person has their own sessions at the console and the
 * identity service.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;
    private final String console;

    private Browser(ChromeDriver driver, Path profile, String console) {
        this.driver = driver;
        this.profile = profile;
        this.console = console;
    }

    static Browser open(String console, Path profiles) {
        try {
            Path profile = Files.createTempDirectory(profiles, "chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1440,1000",
                    "--lang=vi",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a console page; an anonymous visitor is sent to the identity service's login page first. */
    Browser go(String path) {
        driver.get(console + path);
        return this;
    }

    /** Signs in at the identity service's login page and lands back on the console. */
    Browser signIn(String user, String password) {
        go("/activities");
        waitFor(By.id("username"));
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("button[type=submit]").click();
        waitFor(By.id("signed-in-as"));
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(what));
    }

    void type(String name, String text) {
        WebElement input = driver.findElement(By.name(name));
        input.clear();
        input.sendKeys(text);
    }

    void choose(String name, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name(name))).selectByValue(value);
    }

    String text() {
        return find("main").getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Makes the page as wide as a phone or a desktop screen: the viewport is set through the browser's device
     * emulation, without emulating a phone's zoom-to-fit, so that a page wider than the viewport shows as a scroll.
     */
    Browser width(int pixels) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", pixels < 800 ? 844 : 1000, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Whether the page itself is wider than the window, so a person would have to scroll it sideways. */
    boolean scrollsSideways() {
        return (Boolean) driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    /**
     * The texts a person reads or hears on the page, each element's own text apart: visible text (with every
     * {@code <details>} opened, as a reader would), the options of lists, and the names given in {@code aria-label},
     * {@code title}, {@code placeholder} and {@code alt}. What is data (marked {@code data-content}) and what is marked
     * as in another language than the page's is left out.
     */
    @SuppressWarnings("unchecked")
    List<String> texts() {
        return (List<String>) driver.executeScript(PAGE_TEXTS);
    }

    /** The language the page declares on its {@code html} element. */
    String language() {
        return (String) driver.executeScript("return document.documentElement.lang;");
    }

    private static final String PAGE_TEXTS = """
            const page = document.documentElement.lang.slice(0, 2);
            document.querySelectorAll('details').forEach(d => d.open = true);
            const leftOut = el => el.closest('[data-content]') !== null
                || (el.closest('[lang]') !== null && el.closest('[lang]').lang.slice(0, 2) !== page);
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
              const el = node.parentElement;
              const text = node.textContent.trim();
              if (!text || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName) || leftOut(el)) continue;
              if (el.tagName !== 'OPTION' && !el.checkVisibility({visibilityProperty: true})) continue;
              texts.push(text);
            }
            document.querySelectorAll('[aria-label], [title], [placeholder], [alt]').forEach(el => {
              if (leftOut(el)) return;
              for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                const value = el.getAttribute(name);
                if (value && value.trim()) texts.push(value.trim());
              }
            });
            return texts;
            """;

    /** Saves what the window shows as a PNG. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        speaksItsLanguage();
    }

    /**
     * Fails when a console page says what its reader should never read: a field path, a code, an ISO time or a
     * sentence of the other language ({@link PageLanguage}). Every page a test takes a picture of is checked so; a
     * page that is not the console's (a report, the provider's login page) is left alone.
     */
    void speaksItsLanguage() {
        if (driver.findElements(By.cssSelector("header.top")).isEmpty()) {
            return;
        }
        PageLanguage.Language language = "en".equals(find("html").getAttribute("lang"))
                ? PageLanguage.Language.ENGLISH
                : PageLanguage.Language.VIETNAMESE;
        java.util.List<PageLanguage.Problem> problems = PageLanguage.problems(texts(), language);
        if (!problems.isEmpty()) {
            throw new AssertionError(url() + " (" + language + ") says what its reader should not read: " + problems);
        }
    }

    /** GETs a console URL with this browser's session, as a click on a download link would, and keeps the bytes. */
    HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("COOPLOG_CONSOLE");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile left behind in the test's temporary directory
        }
    }
}
