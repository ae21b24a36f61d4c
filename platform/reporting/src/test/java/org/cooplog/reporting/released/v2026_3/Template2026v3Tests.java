package org.cooplog.reporting.released.v2026_3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.released.v2026_3.render.ReportRenditions;
import org.cooplog.reporting.template.ReportTemplates;
import org.junit.jupiter.api.Test;

/**
 * The bytes template 2026.3 issued, pinned for good: the reports issued under it are made again with this code and
 * checked against their digests, so nothing may change what it renders, a library upgrade included.
 */
class Template2026v3Tests {

    private static final Map<ReportFormat, String> ISSUED = Map.of(
            ReportFormat.DOCX, "35620b92d7fdee8e21889834d953198b5de71023953478134273232bd1cb5c5e",
            ReportFormat.PDF, "8c092d376fb404c37ef6d661e9eabf7d92a97209c2259470cd9149db494bacd2",
            ReportFormat.HTML, "f41ed6c545b1b3324b84d2bbcd1835da6a0d1ee6b6803e71007c85372b4ab8f1",
            ReportFormat.JSON, "ef248783350800481bd6c4352b038f2a476f3085d46338ce59f38fd68804d2e2",
            ReportFormat.CSV, "1702029dea91b33e9d85bd782366429237f65b565a3c39ca291adb15657218e0");

    @Test
    void theReleasedTemplateStillRendersTheBytesItIssued() {
        Map<ReportFormat, String> rendered = new LinkedHashMap<>();
        new ReportRenditions()
                .renderAll(SampleReports.quarterly(), SampleReports.DATE)
                .forEach(rendition -> rendered.put(rendition.format(), rendition.sha256Hex()));
        assertThat(rendered)
                .as("Template 2026.3 no longer renders what it issued: undo the change (or the library upgrade)"
                        + " until it does")
                .isEqualTo(ISSUED);
    }

    @Test
    void reportsThatName2026v3AreMadeWithIt() {
        assertThat(ReportTemplates.require("2026.3")).isInstanceOf(Template2026v3.class);
        assertThat(ReportTemplates.live().version()).isNotEqualTo("2026.3");
    }
}
