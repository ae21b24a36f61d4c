package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.junit.jupiter.api.Test;

class JsonRendererTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void holdsThePeriodTotalsCountsAndActivitiesInAStableOrder() throws Exception {
        JsonNode json = parse(SampleReports.quarterly());
        assertThat(fields(json))
                .containsExactly(
                        "reportId", "language", "draft", "period", "totals", "counts", "activities", "provenance");
        assertThat(json.get("reportId").asText()).isEqualTo("mofa-2021-Q1");
        assertThat(fields(json.get("period")))
                .containsExactly("key", "kind", "year", "index", "firstDay", "lastDay", "rule");
        assertThat(json.get("period").get("firstDay").asText()).isEqualTo("2020-12-15");
        assertThat(json.get("totals").get(0).get("label").asText()).isEqualTo("Tổng số hoạt động trong kỳ");
        assertThat(json.get("totals").get(0).get("value").asLong()).isEqualTo(36);
        assertThat(json.get("counts").get(2).get("rows")).isEmpty();
        assertThat(json.get("activities")).hasSize(36);
    }

    @Test
    void activitiesCarryTheirCodesAndTitlesExactly() throws Exception {
        ReportContent content = SampleReports.quarterly();
        JsonNode activities = parse(content).get("activities");
        for (int i = 0; i < content.activities().size(); i++) {
            ActivityRow row = content.activities().get(i);
            JsonNode json = activities.get(i);
            assertThat(json.get("activityId").asText()).isEqualTo(row.activityId());
            assertThat(json.get("title").asText()).isEqualTo(row.title());
            assertThat(json.get("ends").isNull()).isEqualTo(row.ends() == null);
            assertThat(json.get("participants").isNull()).isEqualTo(row.participants() == null);
            assertThat(json.get("partners")).hasSize(row.partners().size());
            assertThat(json.get("placedByRule").asBoolean()).isEqualTo(row.placedByRule());
        }
    }

    @Test
    void escapesWhatJsonMustAndKeepsVietnameseAsUtf8() throws Exception {
        byte[] bytes = new JsonRenderer()
                .render(SampleReports.hostile(), SampleReports.DATE)
                .bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Dòng thứ hai", "\\n", "\\u0007", "\\u0000", "\\\"ngoặc\\\"");
        JsonNode json = MAPPER.readTree(bytes);
        assertThat(json.get("activities").get(0).get("title").asText())
                .isEqualTo(SampleReports.HOSTILE + "\nDòng thứ hai, có \"ngoặc\"");
    }

    @Test
    void isPrettyPrintedAndIndependentOfTheDocumentDate() {
        JsonRenderer renderer = new JsonRenderer();
        byte[] first =
                renderer.render(SampleReports.quarterly(), SampleReports.DATE).bytes();
        byte[] later = renderer.render(SampleReports.quarterly(), Instant.parse("2030-01-01T00:00:00Z"))
                .bytes();
        assertThat(later).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"reportId\": \"mofa-2021-Q1\",\n").endsWith("}\n");
        assertThat(text).doesNotContain("2030");
    }

    private static JsonNode parse(ReportContent content) throws Exception {
        return MAPPER.readTree(
                new JsonRenderer().render(content, SampleReports.DATE).bytes());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
