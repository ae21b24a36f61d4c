package org.cooplog.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page as the automated accessibility checker axe-core sees it against WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 * The checker is the one pinned version the build put in {@code target/axe} (see {@code ensure-axe-core.sh}); it is
 * injected into the page and run there, as in a person's browser.
 */
final class Accessibility {

    private static final Path AXE = Path.of("target/axe/axe.min.js");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}})
              .then(result => done(result.violations.map(v => ({
                rule: v.id, impact: v.impact || 'unknown', help: v.help,
                targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
              }))))
              .catch(error => done([{rule: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
            """;

    private static String source;

    /** One rule the page breaks, where, and how to mend it. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n      at " + String.join("\n      at ", targets);
        }
    }

    private Accessibility() {}

    /** Every WCAG A/AA violation axe-core finds in the page as it is now. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(Browser browser) {
        ChromeDriver driver = browser.driver();
        if (!(Boolean) driver.executeScript("return typeof window.axe === 'object';")) {
            driver.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript(RUN);
        return found.stream()
                .map(v -> new Violation(
                        (String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"), (List<String>)
                                v.get("targets")))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is put in target/axe by the build's process-test-classes", e);
            }
        }
        return source;
    }
}
