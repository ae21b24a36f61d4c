package org.cooplog.reporting.render;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;

/** The five renditions of a report: what the projector issues and the audit tool rebuilds to compare digests. */
public final class ReportRenditions {

    /**
     * The version of the layout, recorded in ReportIssued. Bump it whenever any rendition's bytes change for the same
     * content, including by upgrading POI, PDFBox or the fonts, so an old report is rebuilt knowingly.
     */
    public static final String TEMPLATE_VERSION = "2026.3";

    private final List<ReportRenderer> renderers;

    public ReportRenditions() {
        this.renderers = List.of(
                new DocxRenderer(), new PdfRenderer(), new HtmlRenderer(), new JsonRenderer(), new CsvRenderer());
    }

    /** Every format, in the order of {@link ReportFormat}. */
    public List<Rendition> renderAll(ReportContent content, Instant documentDate) {
        return renderers.stream().map(r -> r.render(content, documentDate)).toList();
    }

    public Rendition render(ReportContent content, ReportFormat format, Instant documentDate) {
        return renderer(format).render(content, documentDate);
    }

    public ReportRenderer renderer(ReportFormat format) {
        return renderers.stream()
                .filter(r -> r.format() == format)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no renderer for " + format));
    }
}
