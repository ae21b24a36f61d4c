package org.cooplog.faults.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What one scenario counted: the row it gets in the table, and the figures behind it. */
public final class Figures {

    private static final Logger log = LoggerFactory.getLogger(Figures.class);

    private final int number;
    private final String title;
    private final List<String> details = new ArrayList<>();
    private String operations = "–";
    private String lost = "–";
    private String duplicated = "–";
    private String recovery = "–";

    Figures(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public Figures operations(String operations) {
        this.operations = operations;
        return this;
    }

    public Figures lost(long lost) {
        this.lost = Long.toString(lost);
        return this;
    }

    public Figures duplicated(long duplicated) {
        this.duplicated = Long.toString(duplicated);
        return this;
    }

    public Figures recovered(Duration recovery) {
        this.recovery = seconds(recovery);
        return this;
    }

    public Figures recovered(String recovery) {
        this.recovery = recovery;
        return this;
    }

    /** One sentence of what the scenario saw, in the order it saw it; also logged at once. */
    public Figures detail(String format, Object... args) {
        String sentence = String.format(Locale.ROOT, format, args);
        log.info("[scenario {}] {}", number, sentence);
        details.add(sentence);
        return this;
    }

    /** A duration as the table shows it: seconds with one decimal. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    ResultRow row(String outcome, String date) {
        return new ResultRow(
                number, title, operations, lost, duplicated, recovery, outcome, String.join(" ", details), date);
    }
}
