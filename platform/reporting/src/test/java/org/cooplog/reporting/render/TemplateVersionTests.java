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
            ReportFormat.DOCX, "628f1c8d6bc760a5bb659309687633c7f1309312bd388cad53b57ff3fbabc018",
            ReportFormat.PDF, "4db803726f4aa35966575bcb071e5cb1d9756ec31cc7a54bf33b3c6154789d7e",
            ReportFormat.HTML, "4361e3edfd96cb75304ace1d06e5b1014a0206576f432442af9a3705faa15686",
            ReportFormat.JSON, "afc444a88827592c374c47743d8f64a03321d6bf80e60f6e31cce33c9fe4bfbb",
            ReportFormat.CSV, "fec5fc60dde2da2379f0d127a8e251492e2088a0187088760a3c70150710e3a5",
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
