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
            ReportFormat.DOCX, "a8e8443ca89f3c257ab71401022ee2b2bfd7a35279a8b3f5781a33b08809999f",
            ReportFormat.PDF, "28a0c5778b97b37d1d9ed8a042d4a6e4bba1316ac0e069d07a002506afe8316a",
            ReportFormat.HTML, "d76f4ab79eda7dc44f23007aad9286a0176d4ac65c9ad7b77636e54820cd9dcd",
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
