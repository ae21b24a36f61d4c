package org.cooplog.reporting.render;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;
import org.cooplog.reporting.content.ReportContent.PeriodFacts;

/**
 * The report for programs and auditors: the period, the figures under names that do not change with the language
 * (null for a number nobody recorded), one entry per activity and per unplaced activity, the body's text, the annexes
 * and the provenance. Keys always in the same order (docs/reports.md lists them) and no timestamp the content does
 * not hold.
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
        report.put("reference", content.reference());
        report.put("period", period(content.period()));
        report.put("totals", content.figures() == null ? null : ActivityFields.figures(content.figures()));
        report.put("activities", activities(content.activities()));
        report.put("unplaced", activities(content.unplaced()));
        report.put("body", content.body().stream().map(JsonRenderer::part).toList());
        report.put(
                "annexes", content.annexes().stream().map(JsonRenderer::annex).toList());
        report.put("provenance", new LinkedHashMap<String, Object>(content.metadata()));
        return Rendition.of(format(), "application/json", "json", Json.write(report));
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

    private static List<Map<String, Object>> activities(List<ActivityRow> rows) {
        return rows.stream().map(JsonRenderer::activity).toList();
    }

    private static Map<String, Object> activity(ActivityRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> values = ActivityFields.values(row);
        for (int i = 0; i < ActivityFields.KEYS.size(); i++) {
            json.put(ActivityFields.KEYS.get(i), values.get(i));
        }
        return json;
    }

    private static Map<String, Object> part(Part part) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", part.number());
        json.put("title", part.title());
        json.put("passages", part.passages().stream().map(JsonRenderer::passage).toList());
        return json;
    }

    private static Map<String, Object> passage(Passage passage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("heading", passage.heading());
        json.put("paragraphs", passage.paragraphs());
        return json;
    }

    private static Map<String, Object> annex(Annex annex) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", annex.label());
        json.put("title", annex.title());
        json.put("attachedTo", annex.attachedTo());
        json.put("paragraphs", annex.paragraphs());
        json.put("columns", annex.columns());
        json.put("rows", annex.rows());
        json.put("notes", annex.notes());
        return json;
    }
}
