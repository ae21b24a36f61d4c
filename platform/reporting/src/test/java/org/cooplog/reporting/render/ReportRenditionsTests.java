package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.junit.jupiter.api.Test;

class ReportRenditionsTests {

    private final ReportRenditions renditions = new ReportRenditions();

    @Test
    void rendersEveryFormatInTheOrderOfTheSchema() {
        List<Rendition> all = renditions.renderAll(SampleReports.emptyDraftInEnglish(), SampleReports.DATE);
        assertThat(all)
                .extracting(Rendition::format, Rendition::fileExtension, Rendition::mediaType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ReportFormat.DOCX,
                                "docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                        org.assertj.core.groups.Tuple.tuple(ReportFormat.PDF, "pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple(ReportFormat.HTML, "html", "text/html; charset=UTF-8"),
                        org.assertj.core.groups.Tuple.tuple(ReportFormat.JSON, "json", "application/json"),
                        org.assertj.core.groups.Tuple.tuple(ReportFormat.CSV, "csv", "text/csv; charset=UTF-8"),
                        org.assertj.core.groups.Tuple.tuple(
                                ReportFormat.XLSX,
                                "xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(all).allSatisfy(r -> assertThat(r.size()).isPositive());
    }

    @Test
    void renderingAllFormatsAtOnceGivesTheBytesOfRenderingEachAlone() {
        ReportContent content = SampleReports.quarterly();
        List<Rendition> all = renditions.renderAll(content, SampleReports.DATE);
        for (Rendition rendition : all) {
            assertThat(rendition).isEqualTo(renditions.render(content, rendition.format(), SampleReports.DATE));
        }
    }

    @Test
    void aFailureOfTheFormatRenderedBesideReachesTheCallerAsItWasThrown() {
        ReportRenderer failing = new ReportRenderer() {
            @Override
            public ReportFormat format() {
                return ReportFormat.PDF;
            }

            @Override
            public Rendition render(ReportContent content, java.time.Instant documentDate) {
                throw new IllegalStateException("the PDF could not be drawn");
            }
        };
        ReportRenditions withFailingPdf = new ReportRenditions(List.of(
                new DocxRenderer(),
                failing,
                new HtmlRenderer(),
                new JsonRenderer(),
                new CsvRenderer(),
                new XlsxRenderer()));
        assertThatThrownBy(() -> withFailingPdf.renderAll(SampleReports.quarterly(), SampleReports.DATE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the PDF could not be drawn");
    }

    @Test
    void aRenditionIsComparedByItsBytesAndCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        Rendition rendition = new Rendition(ReportFormat.CSV, "text/csv", "csv", bytes);
        bytes[0] = 9;
        rendition.bytes()[1] = 9;
        assertThat(rendition.bytes()).containsExactly(1, 2, 3);
        assertThat(rendition).isEqualTo(new Rendition(ReportFormat.CSV, "text/csv", "csv", new byte[] {1, 2, 3}));
        assertThat(rendition.sha256Hex())
                .isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81")
                .isEqualTo(HexFormat.of().formatHex(rendition.sha256()));
    }

    @Test
    void aRenditionWrittenInChunksIsTheRenditionOfItsBytes() throws Exception {
        byte[] bytes = new byte[200_000];
        new java.util.Random(7).nextBytes(bytes);
        ChunkedBytes written = new ChunkedBytes();
        written.write(bytes, 0, 70_000);
        written.write(bytes[70_000]);
        written.write(bytes, 70_001, bytes.length - 70_001);
        Rendition chunked = Rendition.of(ReportFormat.PDF, "application/pdf", "pdf", written);
        Rendition whole = new Rendition(ReportFormat.PDF, "application/pdf", "pdf", bytes);

        assertThat(chunked).isEqualTo(whole).hasSameHashCodeAs(whole);
        assertThat(chunked.size()).isEqualTo(bytes.length);
        assertThat(chunked.bytes()).isEqualTo(bytes);
        assertThat(chunked.sha256())
                .isEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        chunked.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(bytes);

        byte[] other = bytes.clone();
        other[150_000]++;
        assertThat(chunked).isNotEqualTo(new Rendition(ReportFormat.PDF, "application/pdf", "pdf", other));
        assertThat(chunked)
                .isNotEqualTo(new Rendition(
                        ReportFormat.PDF, "application/pdf", "pdf", java.util.Arrays.copyOf(bytes, bytes.length - 1)));
    }

    @Test
    void anOtherFormatHasNoRenderer() {
        assertThatThrownBy(() -> renditions.renderer(ReportFormat.OTHER)).isInstanceOf(IllegalArgumentException.class);
    }
}
