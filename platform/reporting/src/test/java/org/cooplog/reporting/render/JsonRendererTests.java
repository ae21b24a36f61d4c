package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Totals;
import org.junit.jupiter.api.Test;

class JsonRendererTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void holdsThePeriodFiguresActivitiesBodyAnnexesAndProvenanceInAStableOrder() throws Exception {
        JsonNode json = parse(SampleReports.quarterly());
        assertThat(fields(json))
                .containsExactly(
                        "reportId",
                        "language",
                        "draft",
                        "reference",
                        "period",
                        "totals",
                        "activities",
                        "unplaced",
                        "body",
                        "annexes",
                        "provenance");
        assertThat(json.get("reportId").asText()).isEqualTo("mofa-2021-Q1");
        assertThat(json.get("reference").asText()).isEqualTo("Mã tra cứu: mofa-2021-Q1");
        assertThat(fields(json.get("period")))
                .containsExactly("key", "kind", "year", "index", "firstDay", "lastDay", "rule");
        assertThat(json.get("period").get("firstDay").asText()).isEqualTo("2020-12-15");
        assertThat(json.get("activities")).hasSize(36);
        assertThat(json.get("unplaced")).hasSize(2);
        assertThat(json.get("unplaced").get(0).get("activityId").asText()).isEqualTo("act-1008");
    }

    @Test
    void totalsHaveStableKeysWhateverTheLanguage() throws Exception {
        JsonNode totals = parse(SampleReports.quarterly()).get("totals");
        assertThat(fields(totals))
                .containsExactly(
                        "activities",
                        "held",
                        "planned",
                        "awaitingOutcome",
                        "postponed",
                        "cancelled",
                        "movedOnline",
                        "rescheduled",
                        "participants",
                        "heldWithoutParticipants",
                        "unplaced");
        assertThat(totals.get("activities").asLong()).isEqualTo(36);
        assertThat(totals.get("held").asLong()).isEqualTo(31);
        assertThat(totals.get("postponed").asLong()).isEqualTo(5);
        assertThat(totals.get("participants").asLong()).isEqualTo(1234);
        assertThat(totals.get("heldWithoutParticipants").asLong()).isEqualTo(3);
        assertThat(totals.get("unplaced").asLong()).isEqualTo(2);
        assertThat(fields(totals))
                .as("every figure of the content is in the JSON")
                .containsExactlyElementsOf(Arrays.stream(Totals.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }

    @Test
    void participantsNobodyRecordedAreNullNeverZero() throws Exception {
        ReportContent quarterly = SampleReports.quarterly();
        Totals figures = quarterly.figures();
        ReportContent unknown = withFigures(
                quarterly,
                new Totals(
                        figures.activities(),
                        figures.held(),
                        figures.planned(),
                        figures.awaitingOutcome(),
                        figures.postponed(),
                        figures.cancelled(),
                        figures.movedOnline(),
                        figures.rescheduled(),
                        null,
                        figures.held(),
                        figures.unplaced()));

        JsonNode json = parse(unknown);

        assertThat(json.get("totals").get("participants").isNull()).isTrue();
        assertThat(json.get("totals").get("heldWithoutParticipants").asLong()).isEqualTo(31);
        JsonNode postponed = json.get("activities").get(6);
        assertThat(postponed.get("participants").isNull()).isTrue();
    }

    @Test
    void printsNoProvenanceLineAndNoLabelledFigureButCarriesTheMetadata() throws Exception {
        ReportContent content = SampleReports.quarterly();
        JsonNode json = parse(content);
        String text = new String(
                new JsonRenderer().render(content, SampleReports.DATE).bytes(), StandardCharsets.UTF_8);

        assertThat(fields(json.get("provenance")))
                .containsExactlyElementsOf(content.metadata().keySet());
        assertThat(json.get("provenance").get("cooplog.positions").asText())
                .isEqualTo("cooplog.uncac.events-0@12, cooplog.bilateral.events-0@7");
        assertThat(text)
                .doesNotContain("Nguồn số liệu", "Số liệu lấy từ sổ ghi hoạt động", "Tổng số hoạt động trong kỳ")
                .doesNotContain("\"counts\"", "placedByRule");
        assertThat(json.get("totals").isObject()).isTrue();
    }

    @Test
    void activitiesCarryOrganisersFundersAndTheirPlacementFlags() throws Exception {
        ReportContent quarterly = SampleReports.quarterly();
        ActivityRow row = new ActivityRow(
                "ogp-2018-11-09",
                "OGP",
                "WORKSHOP",
                "Hội thảo về Sáng kiến Đối tác Chính phủ mở",
                "2018",
                null,
                "IN_PERSON",
                "PLANNED",
                List.of(),
                null,
                false,
                false,
                true,
                List.of("Towards Transparency"),
                List.of("Vương quốc Bỉ", "Vương quốc Đan Mạch"),
                true,
                true);
        JsonNode activity =
                parse(withActivities(quarterly, List.of(row))).get("activities").get(0);

        assertThat(fields(activity))
                .containsExactly(
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
        assertThat(activity.get("organisers").get(0).asText()).isEqualTo("Towards Transparency");
        assertThat(activity.get("funders")).hasSize(2);
        assertThat(activity.get("awaitingOutcome").asBoolean()).isTrue();
        assertThat(activity.get("yearOnly").asBoolean()).isTrue();
        assertThat(activity.get("participants").isNull()).isTrue();
    }

    @Test
    void holdsTheBodyAsPartsOfPassagesAndTheAnnexesAsTables() throws Exception {
        ReportContent content = SampleReports.quarterly();
        JsonNode json = parse(content);

        JsonNode part = json.get("body").get(1);
        assertThat(fields(part)).containsExactly("number", "title", "passages");
        assertThat(part.get("number").asText()).isEqualTo("II");
        assertThat(fields(part.get("passages").get(1))).containsExactly("heading", "paragraphs");
        assertThat(part.get("passages").get(1).get("heading").asText()).isEqualTo("1. Hợp tác song phương");
        assertThat(part.get("passages").get(0).get("heading").isNull()).isTrue();
        JsonNode annex = json.get("annexes").get(2);
        assertThat(fields(annex))
                .containsExactly("label", "title", "attachedTo", "paragraphs", "columns", "rows", "notes");
        assertThat(annex.get("rows").get(1).get(1).asText()).isEqualTo(SampleReports.FINLAND);
        assertThat(annex.get("notes")).hasSize(1);
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
            assertThat(json.get("imprecise").asBoolean()).isEqualTo(row.imprecise());
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

    static ReportContent withFigures(ReportContent c, Totals figures) {
        return new ReportContent(
                c.language(),
                c.draft(),
                c.reportId(),
                c.heading(),
                c.body(),
                c.closing(),
                c.annexes(),
                c.reference(),
                c.metadata(),
                figures,
                c.period(),
                c.activities(),
                c.unplaced());
    }

    static ReportContent withActivities(ReportContent c, List<ActivityRow> activities) {
        return new ReportContent(
                c.language(),
                c.draft(),
                c.reportId(),
                c.heading(),
                c.body(),
                c.closing(),
                c.annexes(),
                c.reference(),
                c.metadata(),
                c.figures(),
                c.period(),
                activities,
                c.unplaced());
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
