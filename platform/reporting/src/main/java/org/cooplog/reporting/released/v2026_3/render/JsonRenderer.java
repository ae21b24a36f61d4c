package org.cooplog.reporting.released.v2026_3.render;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.ActivityRow;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.CountTable;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Figure;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.PeriodFacts;
import org.cooplog.reporting.render.Rendition;

/**
 * The figures under a report, for whoever checks or reuses them: the period, totals, count tables and one entry per
 * activity, keys always in the same order and no timestamp that the content does not hold.
 */
final class JsonRenderer implements ReportRenderer {

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reportId", content.reportId());
        report.put("language", content.language());
        report.put("draft", content.draft());
        report.put("period", period(content.period()));
        report.put("totals", figures(content.totals()));
        report.put("counts", content.counts().stream().map(JsonRenderer::counts).toList());
        report.put(
                "activities",
                content.activities().stream().map(JsonRenderer::activity).toList());
        report.put("provenance", content.provenance().lines());
        return Json.write(report).rendition(format(), "application/json", "json");
    }

    private static Map<String, Object> period(PeriodFacts period) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", period.key());
        json.put("kind", period.kind());
        json.put("year", period.year());
        json.put("index", period.index());
        json.put("firstDay", period.firstDay());
        json.put("lastDay", period.lastDay());
        json.put("rule", period.rule());
        return json;
    }

    private static List<Map<String, Object>> figures(List<Figure> figures) {
        return figures.stream()
                .map(figure -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("label", figure.label());
                    json.put("value", figure.value());
                    return json;
                })
                .toList();
    }

    private static Map<String, Object> counts(CountTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", table.title());
        json.put("labelHeader", table.labelHeader());
        json.put("countHeader", table.countHeader());
        json.put("rows", figures(table.rows()));
        return json;
    }

    /** The keys of an activity, in order: also the CSV's header. */
    static final List<String> ACTIVITY_KEYS = List.of(
            "activityId",
            "track",
            "kind",
            "title",
            "starts",
            "ends",
            "modality",
            "status",
            "partners",
            "participants",
            "movedOnline",
            "rescheduled",
            "imprecise",
            "placedByRule");

    /** An activity's values in the order of {@link #ACTIVITY_KEYS}; absent ones are null. */
    static List<Object> activityValues(ActivityRow row) {
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
                row.participants(),
                row.movedOnline(),
                row.rescheduled(),
                row.imprecise(),
                row.placedByRule());
    }

    private static Map<String, Object> activity(ActivityRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> values = activityValues(row);
        for (int i = 0; i < ACTIVITY_KEYS.size(); i++) {
            json.put(ACTIVITY_KEYS.get(i), values.get(i));
        }
        return json;
    }
}
