package org.cooplog.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which seeded activities each 2021 report must list, worked out from the seed files alone with the rule as the
 * regulation states it: Q1 runs 15 Dec 2020 – 14 Mar 2021 and so on, 6 months, 9 months and the year all start on
 * 15 Dec; an activity counts where every day its start may stand for falls, its start being when it was held if it
 * was, and the year's report also counts what is known only to 2021.
 */
final class SeededReportsExpectation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first and last day of each 2021 period under Decree 09/2019, by its key. */
    static final Map<String, LocalDate[]> PERIODS = Map.of(
            "QUARTER-1", days("2020-12-15", "2021-03-14"),
            "QUARTER-2", days("2021-03-15", "2021-06-14"),
            "QUARTER-3", days("2021-06-15", "2021-09-14"),
            "QUARTER-4", days("2021-09-15", "2021-12-14"),
            "HALF_YEAR-1", days("2020-12-15", "2021-06-14"),
            "NINE_MONTHS-1", days("2020-12-15", "2021-09-14"),
            "YEAR-1", days("2020-12-15", "2021-12-14"));

    private SeededReportsExpectation() {}

    /** The titles each period's report lists, by period key. */
    static Map<String, Set<String>> titlesByPeriod(Path seeds) {
        Map<String, Set<String>> expected = new TreeMap<>();
        PERIODS.keySet().forEach(key -> expected.put(key, new TreeSet<>()));
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode seed = JSON.readTree(file.toFile());
                String title = seed.at("/activity/plan/title").asText();
                String start = start(seed);
                LocalDate first = firstDay(start);
                LocalDate last = lastDay(start);
                PERIODS.forEach((key, days) -> {
                    boolean whollyIn = !first.isBefore(days[0]) && !last.isAfter(days[1]);
                    boolean yearOnlyInTheYear = key.startsWith("YEAR") && start.equals("2021");
                    if (whollyIn || yearOnlyInTheYear) {
                        expected.get(key).add(title);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    /** The titles of the seeded activities known only to the year 2021. */
    static Set<String> knownOnlyTo2021(Path seeds) {
        Set<String> titles = new TreeSet<>();
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode seed = JSON.readTree(file.toFile());
                if (start(seed).equals("2021")) {
                    titles.add(seed.at("/activity/plan/title").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }

    private static String start(JsonNode seed) {
        String start = seed.at("/activity/plan/starts").asText();
        for (JsonNode step : seed.path("lifecycle")) {
            String command = step.get("command").asText();
            if (command.equals("held") || command.equals("reschedule")) {
                start = step.at("/body/starts").asText();
            }
        }
        return start;
    }

    private static LocalDate firstDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> LocalDate.parse(date + "-01");
            default -> LocalDate.parse(date);
        };
    }

    private static LocalDate lastDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }

    private static LocalDate[] days(String first, String last) {
        return new LocalDate[] {LocalDate.parse(first), LocalDate.parse(last)};
    }
}
