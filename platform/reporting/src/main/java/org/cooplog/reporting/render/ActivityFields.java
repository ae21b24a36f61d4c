package org.cooplog.reporting.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Totals;

/**
 * The names the JSON gives an activity's fields and the period's figures, which the CSV's columns and the XLSX's
 * figures follow. Programs read them: a name, once published, keeps its meaning (docs/reports.md lists them).
 */
final class ActivityFields {

    /** An activity's keys, in order. */
    static final List<String> KEYS = List.of(
            "activityId",
            "track",
            "kind",
            "title",
            "starts",
            "ends",
            "modality",
            "status",
            "partners",
            "organisers",
            "funders",
            "participants",
            "movedOnline",
            "rescheduled",
            "awaitingOutcome",
            "imprecise",
            "yearOnly");

    private ActivityFields() {}

    /** An activity's values in the order of {@link #KEYS}, as the content has them: codes, lists, null if unknown. */
    static List<Object> values(ActivityRow row) {
        return Arrays.asList(
                row.activityId(),
                row.track(),
                row.kind(),
                row.title(),
                row.starts(),
                row.ends(),
                row.modality(),
                row.status(),
                row.partners(),
                row.organisers(),
                row.funders(),
                row.participants(),
                row.movedOnline(),
                row.rescheduled(),
                row.awaitingOutcome(),
                row.imprecise(),
                row.yearOnly());
    }

    /**
     * An activity's values in the words of the report's language: codes by their labels, yes or no, names joined by
     * "; ", and an empty text for what nobody recorded (participants above all: empty is unknown, never 0).
     */
    static List<String> words(ActivityRow row, RenderWords words) {
        return List.of(
                row.activityId(),
                words.code("track", row.track()),
                words.code("kind", row.kind()),
                row.title(),
                text(row.starts()),
                text(row.ends()),
                words.code("modality", row.modality()),
                words.code("status", row.status()),
                String.join("; ", row.partners()),
                String.join("; ", row.organisers()),
                String.join("; ", row.funders()),
                row.participants() == null ? "" : String.valueOf(row.participants()),
                words.yesNo(row.movedOnline()),
                words.yesNo(row.rescheduled()),
                words.yesNo(row.awaitingOutcome()),
                words.yesNo(row.imprecise()),
                words.yesNo(row.yearOnly()));
    }

    /** The figures under their keys; participants null when nobody counted them. */
    static Map<String, Object> figures(Totals totals) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("activities", totals.activities());
        figures.put("held", totals.held());
        figures.put("planned", totals.planned());
        figures.put("awaitingOutcome", totals.awaitingOutcome());
        figures.put("postponed", totals.postponed());
        figures.put("cancelled", totals.cancelled());
        figures.put("movedOnline", totals.movedOnline());
        figures.put("rescheduled", totals.rescheduled());
        figures.put("participants", totals.participants());
        figures.put("heldWithoutParticipants", totals.heldWithoutParticipants());
        figures.put("unplaced", totals.unplaced());
        return figures;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
