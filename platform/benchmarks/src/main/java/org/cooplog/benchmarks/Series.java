package org.cooplog.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The figures of one measure over the rounds of a run: median and spread, for a Markdown table. */
final class Series {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double first() {
        return values.get(0);
    }

    double last() {
        return values.get(values.size() - 1);
    }

    int rounds() {
        return values.size();
    }

    double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(values.size() - 1);
    }

    /** Each round's value divided by the same round's value of the other series. */
    Series over(Series baseline) {
        Series ratios = new Series();
        for (int i = 0; i < values.size(); i++) {
            ratios.add(values.get(i) / baseline.values.get(i));
        }
        return ratios;
    }

    /** {@code median (min–max)} with the given format for each number. */
    String describe(String format) {
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(), min(), max());
    }

    private List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
