package org.cooplog.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cooplog.audit.history.HistoryEntry;
import org.junit.jupiter.api.Test;

class HistoryExportTests {

    private static final HistoryEntry PLANNED = new HistoryEntry(
            "cooplog.bilateral.events",
            1,
            7,
            "bilateral-2021-0007",
            1,
            "BilateralActivityPlanned",
            "2021-09",
            Instant.parse("2021-09-20T03:00:00Z"),
            "desk.bilateral",
            "bilateral-service",
            change("plan", Map.of("title", "Hội thảo, \"trực tuyến\"\nvới AFA")),
            null,
            "aa",
            null,
            true,
            true);

    private static final HistoryEntry CORRECTED = new HistoryEntry(
            "cooplog.bilateral.events",
            1,
            9,
            "bilateral-2021-0007",
            2,
            "ActivityCorrected",
            null,
            Instant.parse("2021-10-05T03:00:00Z"),
            "desk.bilateral",
            "bilateral-service",
            change("field", "plan.title"),
            new HistoryEntry.CorrectionEntry("plan.title", "\"Cũ\"", "\"Mới, đúng\"", "Sai tên"),
            "bb",
            "aa",
            false,
            true);

    @Test
    void jsonLinesHasOneObjectALineAsHistoryJsonShowsIt() throws Exception {
        String text = export(HistoryExport.Format.JSONL);

        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode planned = new ObjectMapper().readTree(lines.get(0));
        JsonNode corrected = new ObjectMapper().readTree(lines.get(1));
        assertThat(planned.get("change").get("plan").get("title").asText())
                .isEqualTo("Hội thảo, \"trực tuyến\"\nvới AFA");
        assertThat(planned.get("correction").isNull()).isTrue();
        assertThat(planned.get("occurredOn").asText()).isEqualTo("2021-09");
        assertThat(corrected.get("correction").get("reason").asText()).isEqualTo("Sai tên");
        assertThat(corrected.get("hashRight").asBoolean()).isFalse();
        assertThat(corrected.get("recordedAt").asText()).isEqualTo("2021-10-05T03:00:00Z");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndGivesACorrectionItsOwnColumns() throws Exception {
        String text = export(HistoryExport.Format.CSV);

        assertThat(text).startsWith(String.join(",", CsvExport.HEADER) + "\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("change"))
                .isEqualTo("{\"plan\":{\"title\":\"Hội thảo, \\\"trực tuyến\\\"\\nvới AFA\"}}");
        assertThat(rows.get(0).get("field")).isEmpty();
        assertThat(rows.get(0).get("previousHash")).isEmpty();
        assertThat(rows.get(1).get("field")).isEqualTo("plan.title");
        assertThat(rows.get(1).get("newValue")).isEqualTo("\"Mới, đúng\"");
        assertThat(rows.get(1).get("hashRight")).isEqualTo("false");
        assertThat(rows.get(1).get("offset")).isEqualTo("9");
    }

    @Test
    void leavesTheWriterOpen() {
        StringWriter out = new StringWriter();
        try (HistoryExport export = HistoryExport.to(HistoryExport.Format.CSV, out)) {
            export.write(PLANNED);
        }
        out.write("more");

        assertThat(out.toString()).endsWith("more");
    }

    private static String export(HistoryExport.Format format) {
        StringWriter out = new StringWriter();
        try (HistoryExport export = HistoryExport.to(format, out)) {
            export.write(PLANNED);
            export.write(CORRECTED);
        }
        return out.toString();
    }

    private static Map<String, Object> change(String key, Object value) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(key, value);
        return change;
    }
}
