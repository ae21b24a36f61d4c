package org.cooplog.projector.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.projector.report.ReportsProperties.IssuerProperties;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.reporting.render.Rendition;
import org.junit.jupiter.api.Test;

/** A recipient configured to read English gets its reports in English, issued or previewed, from the spec on. */
class ReportMakerTests {

    static final RecipientProperties EMBASSY = new RecipientProperties(
            "embassy-au",
            "Đại sứ quán Australia",
            "Embassy of Australia",
            Set.of(PeriodKind.YEAR),
            CutOffRule.DECREE_09_2019,
            25,
            "en");

    static final IssuerProperties ISSUER = new IssuerProperties(
            "Thanh tra Chính phủ",
            "Government Inspectorate",
            "Vụ Hợp tác quốc tế",
            "International Cooperation Department",
            "HTQT",
            "Hà Nội",
            "Ha Noi",
            null,
            null,
            "VỤ TRƯỞNG",
            "DIRECTOR GENERAL",
            "Nguyễn Tuấn Anh",
            List.of());

    final ReportMaker maker =
            new ReportMaker(new ReportsProperties(ISSUER, List.of(EMBASSY), null, Duration.ofMinutes(1)));

    @Test
    void aRecipientConfiguredInEnglishGetsAnIssuedReportInEnglish() {
        ReportPeriod year = ReportingCalendar.period(PeriodKind.YEAR, 2021, 1, EMBASSY.rule());

        ReportSpec spec = maker.spec(
                EMBASSY, year, "embassy-au-2021-Y", 7, Instant.parse("2022-01-05T02:00:00Z"), null, Map.of());

        assertThat(spec.language()).isEqualTo("en");
        assertThat(html(spec)).contains("class=\"type\">REPORT<").doesNotContain("BÁO CÁO");
    }

    @Test
    void aPreviewAskedForInVietnameseIsInVietnameseForAnEnglishRecipient() {
        ReportPeriod year = ReportingCalendar.period(PeriodKind.YEAR, 2021, 1, EMBASSY.rule());

        ReportSpec spec = maker.spec(
                EMBASSY.inLanguage("vi"), year, null, null, Instant.parse("2022-01-05T02:00:00Z"), null, Map.of());

        assertThat(spec.language()).isEqualTo("vi");
        assertThat(html(spec)).contains("class=\"type\">BÁO CÁO<");
        assertThat(EMBASSY.inLanguage(null)).isSameAs(EMBASSY);
    }

    private String html(ReportSpec spec) {
        Rendition html = maker.make(new ReadModelBuilder().snapshot(), spec).stream()
                .filter(rendition -> rendition.format() == ReportFormat.HTML)
                .findFirst()
                .orElseThrow();
        return new String(html.bytes(), StandardCharsets.UTF_8);
    }
}
