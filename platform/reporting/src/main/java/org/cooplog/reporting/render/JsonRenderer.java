package org.cooplog.reporting.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.CountTable;
import org.cooplog.reporting.content.ReportContent.Figure;
import org.cooplog.reporting.content.ReportContent.PeriodFacts;

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
        return new Rendition(
                format(), "application/json", "json", Json.write(report).getBytes(StandardCharsets.UTF_8));
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

    /** The keys are also the CSV's header, in the same order. */
    static Map<String, Object> activity(ActivityRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("activityId", row.activityId());
        json.put("track", row.track());
        json.put("kind", row.kind());
        json.put("title", row.title());
        json.put("starts", row.starts());
        json.put("ends", row.ends());
        json.put("modality", row.modality());
        json.put("status", row.status());
        json.put("partners", row.partners());
        json.put("participants", row.participants());
        json.put("movedOnline", row.movedOnline());
        json.put("rescheduled", row.rescheduled());
        json.put("imprecise", row.imprecise());
        json.put("placedByRule", row.placedByRule());
        return json;
    }
}
