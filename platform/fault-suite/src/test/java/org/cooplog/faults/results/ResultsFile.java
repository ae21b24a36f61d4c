package org.cooplog.faults.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The marked section of {@code docs/reliability.md} that holds the results table. Rows of the scenarios that ran
 * replace their earlier rows when the run ends; rows of scenarios that did not run this time stay, with their own
 * dates, so a partial run never erases what an earlier full run measured.
 */
final class ResultsFile implements AutoCloseable {

    static final String BEGIN =
            "<!-- fault-suite results: begin (written by the suite; edits here are overwritten) -->";
    static final String END = "<!-- fault-suite results: end -->";
    private static final String HEADER =
            "| scenario | operations | lost | duplicated | time to recover | outcome | run |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- |";

    private final Path file;
    // From the test JVM's start, so the time covers every scenario of the run, not only those after the first row.
    private final Instant started = Instant.ofEpochMilli(
            java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    private final Map<Integer, ResultRow> thisRun = new TreeMap<>();

    ResultsFile(Path file) {
        this.file = file;
    }

    synchronized void record(ResultRow row) {
        thisRun.put(row.number(), row);
    }

    @Override
    public synchronized void close() {
        if (thisRun.isEmpty()) {
            return;
        }
        try {
            String text = Files.exists(file) ? Files.readString(file) : "# Reliability\n";
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            Map<Integer, ResultRow> rows = new TreeMap<>();
            if (begin >= 0 && end > begin) {
                rows.putAll(parse(text.substring(begin + BEGIN.length(), end)));
            }
            rows.putAll(thisRun);
            String section = BEGIN + "\n" + render(rows) + END;
            String updated = begin >= 0 && end > begin
                    ? text.substring(0, begin) + section + text.substring(end + END.length())
                    : text.stripTrailing() + "\n\n" + section + "\n";
            Files.writeString(file, updated);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the results to " + file, e);
        }
    }

    private String render(Map<Integer, ResultRow> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        rows.values().forEach(row -> out.append(row.tableLine()).append('\n'));
        out.append('\n');
        rows.values().forEach(row -> out.append(row.detailLine()).append('\n'));
        Duration took = Duration.between(started, Instant.now());
        out.append('\n')
                .append(String.format(
                        Locale.ROOT,
                        "Last run: scenarios %s in %d min %02d s on %d processors.%n",
                        thisRun.keySet(),
                        took.toMinutes(),
                        took.toSecondsPart(),
                        Runtime.getRuntime().availableProcessors()));
        return out.toString();
    }

    private static Map<Integer, ResultRow> parse(String section) {
        List<String> lines = section.lines().toList();
        Map<Integer, String> details = new TreeMap<>();
        for (String line : lines) {
            ResultRow.detailNumber(line).ifPresent(number -> details.put(number, line));
        }
        Map<Integer, ResultRow> rows = new TreeMap<>();
        for (String line : new ArrayList<>(lines)) {
            ResultRow.parse(line, null)
                    .ifPresent(row -> ResultRow.parse(line, details.get(row.number()))
                            .ifPresent(full -> rows.put(full.number(), full)));
        }
        return rows;
    }
}
