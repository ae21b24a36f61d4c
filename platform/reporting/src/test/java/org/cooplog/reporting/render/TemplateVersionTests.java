package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cooplog.events.report.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * The bytes a template version makes, pinned: an issued report is rebuilt and checked against its digests, so any
 * change to what a version renders, a library upgrade included, must come with a new TEMPLATE_VERSION.
 */
class TemplateVersionTests {

    private static final String VERSION = "2026.4";

    private static final Map<ReportFormat, String> DIGESTS = Map.of(
            ReportFormat.DOCX, "2a504289de81ff58def58601a07a579963012681fb75cbde4e02634ab54f577d",
            ReportFormat.PDF, "0ad2ae2592a7172263b0563735d14091e143051b9a6d735ca55e978d06efd1c7",
            ReportFormat.HTML, "ceeaeba67a7e2d6067f9431f7165ac5f1c6e6688127f5aa0c6395d25b1d880bd",
            ReportFormat.JSON, "a78da7fab71fffcb03751d873e69c279de7fccd9122703c53780eec41800bbb1",
            ReportFormat.CSV, "291e00c1f4c22dbbcf0788646116d00e90d95becb14fc6d20450d3a23d388527",
            ReportFormat.XLSX, "97f3c6e962cfa6a86f907b2a73d81a0395f3b4c952a2ee316f26217c4ab92773");

    @Test
    void theTemplateVersionStillRendersTheBytesItWasIssuedWith() {
        Map<ReportFormat, String> rendered = new LinkedHashMap<>();
        new ReportRenditions()
                .renderAll(SampleReports.quarterly(), SampleReports.DATE)
                .forEach(rendition -> rendered.put(rendition.format(), rendition.sha256Hex()));
        assertThat(rendered)
                .as("The renditions changed: bump ReportRenditions.TEMPLATE_VERSION, then set VERSION and DIGESTS"
                        + " here to the new version and these digests")
                .isEqualTo(DIGESTS);
        assertThat(ReportRenditions.TEMPLATE_VERSION).isEqualTo(VERSION);
    }
}
