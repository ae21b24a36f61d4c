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
    void startsWithAByteOrderMarkAndAHeaderRowInTheReportsLanguage() {
        byte[] bytes = render(SampleReports.quarterly());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1))
                .startsWith("Mã hoạt động,Lĩnh vực,Loại hoạt động,Tên hoạt động,Ngày bắt đầu,Ngày kết thúc,Hình thức,"
                        + "Tình hình thực hiện,Đối tác,Đơn vị tổ chức,Nhà tài trợ,Số người tham dự,"
                        + "Chuyển sang trực tuyến,Điều chỉnh thời gian,Chưa cập nhật kết quả,"
                        + "Chưa xác định chính xác ngày,Chỉ xác định được năm\r\n");
    }

    @Test
    void aVietnameseReportHasVietnameseValuesAndNoCodes() throws IOException {
        ReportContent content = SampleReports.quarterly();
        byte[] bytes = render(JsonRendererTests.withActivities(
                content, List.of(bilateral(), content.activities().get(6))));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text)
                .doesNotContain(
                        "BILATERAL", "IN_PERSON", "ONLINE", "HELD", "POSTPONED", "WORKSHOP", "UNCAC,", "true", "false");
        List<CSVRecord> records = parse(bytes);
        CSVRecord held = records.get(0);
        assertThat(held.get("Lĩnh vực")).isEqualTo("Hợp tác song phương");
        assertThat(held.get("Loại hoạt động")).isEqualTo("Hội thảo, tập huấn");
        assertThat(held.get("Hình thức")).isEqualTo("Trực tiếp");
        assertThat(held.get("Tình hình thực hiện")).isEqualTo("Đã tổ chức/tham dự");
        assertThat(held.get("Đơn vị tổ chức")).isEqualTo("Towards Transparency");
        assertThat(held.get("Nhà tài trợ")).isEqualTo("Vương quốc Bỉ; Vương quốc Đan Mạch");
        assertThat(held.get("Chuyển sang trực tuyến")).isEqualTo("Không");
        assertThat(held.get("Chỉ xác định được năm")).isEqualTo("Có");
        assertThat(held.get("Số người tham dự")).as("unknown, not 0").isEmpty();
        CSVRecord postponed = records.get(1);
        assertThat(postponed.get("Tình hình thực hiện")).isEqualTo("Hoãn");
        assertThat(postponed.get("Hình thức")).isEqualTo("Trực tuyến");
        assertThat(postponed.get("Điều chỉnh thời gian")).isEqualTo("Có");
    }

    @Test
    void anEnglishReportHasEnglishHeadersAndValues() throws IOException {
        ReportContent english = SampleReports.emptyDraftInEnglish();
        byte[] bytes = render(JsonRendererTests.withActivities(english, List.of(bilateral())));

        CSVRecord record = parse(bytes).get(0);
        assertThat(record.toMap().keySet())
                .containsExactly(
                        "Activity ID",
                        "Track",
                        "Kind of activity",
                        "Title",
                        "Start date",
                        "End date",
                        "Modality",
                        "Status",
                        "Partners",
                        "Organisers",
                        "Funders",
                        "Participants",
                        "Moved online",
                        "Rescheduled",
                        "Outcome not yet recorded",
                        "Exact date not known",
                        "Year only");
        assertThat(record.get("Track")).isEqualTo("Bilateral cooperation");
        assertThat(record.get("Modality")).isEqualTo("In person");
        assertThat(record.get("Status")).isEqualTo("Held/attended");
        assertThat(record.get("Moved online")).isEqualTo("No");
        assertThat(record.get("Year only")).isEqualTo("Yes");
        assertThat(record.get("Participants")).isEmpty();
    }

    @Test
    void roundTripsThroughAnRfc4180Parser() throws IOException {
        ReportContent content = SampleReports.quarterly();
        List<CSVRecord> records = parse(render(content));
        assertThat(records).hasSize(content.activities().size());
        for (int i = 0; i < records.size(); i++) {
            ActivityRow row = content.activities().get(i);
            CSVRecord record = records.get(i);
            assertThat(record.get("Mã hoạt động")).isEqualTo(row.activityId());
            assertThat(record.get("Tên hoạt động")).isEqualTo(row.title());
            assertThat(record.get("Ngày kết thúc")).isEqualTo(row.ends() == null ? "" : row.ends());
            assertThat(record.get("Đối tác")).isEqualTo(String.join("; ", row.partners()));
            assertThat(record.get("Số người tham dự"))
                    .isEqualTo(row.participants() == null ? "" : String.valueOf(row.participants()));
            assertThat(record.get("Chuyển sang trực tuyến")).isEqualTo(row.movedOnline() ? "Có" : "Không");
        }
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndDefusesFormulas() throws IOException {
        byte[] bytes = render(SampleReports.hostile());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"" + SampleReports.HOSTILE.replace("\"", "\"\"") + "\nDòng thứ hai");
        CSVRecord record = parse(bytes).get(0);
        assertThat(record.get("Tên hoạt động")).isEqualTo(SampleReports.HOSTILE + "\nDòng thứ hai, có \"ngoặc\"");
        assertThat(record.get("Mã hoạt động")).isEqualTo("act-<1>");
        assertThat(record.get("Đối tác")).isEqualTo("'" + SampleReports.FORMULA + "; Đại sứ quán Phần Lan");
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

    /** A workshop known only to its year, organised and funded by others, whose participants nobody recorded. */
    private static ActivityRow bilateral() {
        return new ActivityRow(
                "bil-2018-1",
                "BILATERAL",
                "WORKSHOP",
                "Hội thảo về minh bạch",
                "2018",
                null,
                "IN_PERSON",
                "HELD",
                List.of(),
                null,
                false,
                false,
                true,
                List.of("Towards Transparency"),
                List.of("Vương quốc Bỉ", "Vương quốc Đan Mạch"),
                false,
                true);
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
