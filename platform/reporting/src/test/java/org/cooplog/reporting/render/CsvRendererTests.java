package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRendererTests {

    @Test
    void startsWithAByteOrderMarkAndAHeaderRow() {
        byte[] bytes = render(SampleReports.quarterly());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1))
                .startsWith("activityId,track,kind,title,starts,ends,modality,status,partners,participants,"
                        + "movedOnline,rescheduled,imprecise,placedByRule\r\n");
    }

    @Test
    void roundTripsThroughAnRfc4180Parser() throws IOException {
        ReportContent content = SampleReports.quarterly();
        List<CSVRecord> records = parse(render(content));
        assertThat(records).hasSize(content.activities().size());
        for (int i = 0; i < records.size(); i++) {
            ActivityRow row = content.activities().get(i);
            CSVRecord record = records.get(i);
            assertThat(record.get("activityId")).isEqualTo(row.activityId());
            assertThat(record.get("title")).isEqualTo(row.title());
            assertThat(record.get("ends")).isEqualTo(row.ends() == null ? "" : row.ends());
            assertThat(record.get("partners")).isEqualTo(String.join("; ", row.partners()));
            assertThat(record.get("participants"))
                    .isEqualTo(row.participants() == null ? "" : String.valueOf(row.participants()));
            assertThat(record.get("movedOnline")).isEqualTo(String.valueOf(row.movedOnline()));
        }
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndDefusesFormulas() throws IOException {
        byte[] bytes = render(SampleReports.hostile());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"" + SampleReports.HOSTILE.replace("\"", "\"\"") + "\nDòng thứ hai");
        CSVRecord record = parse(bytes).get(0);
        assertThat(record.get("title")).isEqualTo(SampleReports.HOSTILE + "\nDòng thứ hai, có \"ngoặc\"");
        assertThat(record.get("activityId")).isEqualTo("act-<1>");
        assertThat(record.get("partners")).isEqualTo("'" + SampleReports.FORMULA + "; Đại sứ quán Phần Lan");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Hội thảo|Hội thảo",
                "a,b|\"a,b\"",
                "nói \"có\"|\"nói \"\"có\"\"\"",
                "=1+1|'=1+1",
                "+84 24|'+84 24",
                "@SUM(A1)|'@SUM(A1)",
                "-2|'-2",
                "hai\\ndòng|\"hai\\ndòng\"",
            })
    void quotesAFieldOnlyWhenItMust(String value, String field) {
        assertThat(CsvRenderer.field(value.replace("\\n", "\n"))).isEqualTo(field.replace("\\n", "\n"));
    }

    @Test
    void anEmptyReportHasOnlyTheHeader() {
        String text = new String(render(SampleReports.emptyDraftInEnglish()), StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(1);
    }

    private static byte[] render(ReportContent content) {
        return new CsvRenderer().render(content, SampleReports.DATE).bytes();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
