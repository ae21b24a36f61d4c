package org.cooplog.reporting.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cooplog.events.Track;
import org.cooplog.model.Activity;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.period.Placement;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * The Phụ lục after the signature: the period's activities by track, the corrections since the previous report, the
 * activities that cannot be placed. Numbered in the order they appear; an annex with nothing to show is left out,
 * except the corrections of a period with activities, where "Không có." is itself the statement.
 */
final class Annexes {

    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private final Words words;
    private final ReportSpec spec;
    private final ActivityCells cells;
    private final LocalDate reportDay;

    Annexes(Words words, ReportSpec spec) {
        this.words = words;
        this.spec = spec;
        this.reportDay = spec.recordedBefore().atZone(ReportPeriod.ZONE).toLocalDate();
        this.cells = new ActivityCells(words, reportDay);
    }

    List<Annex> of(List<Activity> placed, Corrections corrections, List<Activity> unplaced) {
        List<Annex> annexes = new ArrayList<>();
        if (!placed.isEmpty()) {
            annexes.add(activities(annexes.size(), placed));
        }
        if (!placed.isEmpty() || !corrections.lines().isEmpty()) {
            annexes.add(corrections(annexes.size(), corrections));
        }
        if (!unplaced.isEmpty()) {
            annexes.add(unplaced(annexes.size(), unplaced));
        }
        return annexes;
    }

    private Annex activities(int number, List<Activity> placed) {
        ReportPeriod period = spec.period();
        List<List<String>> rows = new ArrayList<>();
        boolean anyYearOnly = false;
        int group = 0;
        for (Track track : Track.values()) {
            List<Activity> ofTrack =
                    placed.stream().filter(a -> a.track() == track).toList();
            if (ofTrack.isEmpty()) {
                continue;
            }
            rows.add(List.of(NUMERALS.get(group++), words.label("track.", track.name()), "", "", "", ""));
            int row = 0;
            for (Activity activity : ofTrack) {
                boolean yearOnly = Placement.isYearOnly(activity, period);
                anyYearOnly |= yearOnly;
                rows.add(List.of(
                        String.valueOf(++row),
                        cells.title(activity),
                        cells.dates(activity, yearOnly),
                        cells.modality(activity),
                        cells.status(activity),
                        cells.outcome(activity)));
            }
        }
        return annex(
                number,
                "annex.activities.title",
                List.of(),
                List.of(
                        "column.number",
                        "column.activity",
                        "column.dates",
                        "column.modality",
                        "column.status",
                        "column.outcome"),
                rows,
                anyYearOnly
                        ? List.of(words.get("annex.activities.yearOnly", String.valueOf(period.year())))
                        : List.of());
    }

    private Annex corrections(int number, Corrections corrections) {
        List<List<String>> rows = new ArrayList<>();
        for (Corrections.Line line : corrections.lines()) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    line.activity().plan().getTitle(),
                    fieldLabel(line.correction().field()),
                    Corrections.plain(line.correction().oldValue()),
                    Corrections.plain(line.correction().newValue()),
                    line.correction().reason(),
                    words.day(day(line.correction().recordedAt()))));
        }
        String recipient = spec.recipient().in(spec.language());
        String text = corrections.since() == null
                ? words.get(
                        "annex.corrections.first",
                        dayInWords(corrections.from()),
                        recipient,
                        words.documentDay(reportDay))
                : words.get(
                        "annex.corrections.since",
                        dayInWords(corrections.since()),
                        recipient,
                        words.documentDay(reportDay));
        return annex(
                number,
                "annex.corrections.title",
                List.of(rows.isEmpty() ? words.get("none") : text),
                List.of(
                        "column.number",
                        "column.activity",
                        "column.field",
                        "column.oldValue",
                        "column.newValue",
                        "column.reason",
                        "column.day"),
                rows,
                List.of());
    }

    private Annex unplaced(int number, List<Activity> unplaced) {
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : unplaced) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    cells.title(activity),
                    cells.dates(activity, false),
                    cells.status(activity),
                    cells.desk(activity)));
        }
        return annex(
                number,
                "annex.unplaced.title",
                List.of(words.get("annex.unplaced.text")),
                List.of("column.number", "column.activity", "column.dates", "column.status", "column.desk"),
                rows,
                List.of());
    }

    private Annex annex(
            int number,
            String title,
            List<String> paragraphs,
            List<String> columns,
            List<List<String>> rows,
            List<String> notes) {
        return new Annex(
                words.get("annex.label", NUMERALS.get(number)),
                words.get(title),
                attachedTo(),
                paragraphs,
                rows.isEmpty() ? List.of() : columns.stream().map(words::get).toList(),
                rows,
                notes);
    }

    /** The line naming the report an annex belongs to; a draft leaves number and date blank, as drafts do. */
    private String attachedTo() {
        String unit = spec.issuer().unit().in(spec.language());
        return spec.draft()
                ? words.get("annex.attachedTo.draft", spec.issuer().unitCode(), unit)
                : words.get(
                        "annex.attachedTo",
                        String.format("%02d", spec.documentNumber()),
                        spec.issuer().unitCode(),
                        words.documentDay(reportDay),
                        unit);
    }

    /** A corrected field by its label, e.g. "Tên hoạt động" for plan.title; the nearest labelled parent otherwise. */
    private String fieldLabel(String path) {
        String key = INDEX.matcher(path).replaceAll("");
        while (!words.has("field." + key) && key.contains(".")) {
            key = key.substring(0, key.lastIndexOf('.'));
        }
        return words.has("field." + key) ? words.get("field." + key) : path;
    }

    private String dayInWords(Instant instant) {
        return words.documentDay(day(instant));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ReportPeriod.ZONE).toLocalDate();
    }
}
