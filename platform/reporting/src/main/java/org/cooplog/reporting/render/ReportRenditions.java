package org.cooplog.reporting.render;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.Beside;
import org.cooplog.reporting.content.ReportContent;

/** The six renditions of a report: what the projector issues and the audit tool rebuilds to compare digests. */
public final class ReportRenditions {

    /**
     * The version of the live template, recorded in ReportIssued. Before any rendition's bytes change for the same
     * content, copy this template into {@code released/} (docs/reports.md, "Issued documents never change"), so the
     * reports issued under this version are still made again byte for byte; then bump it.
     */
    public static final String TEMPLATE_VERSION = "2026.4";

    private final List<ReportRenderer> renderers;

    public ReportRenditions() {
        this(List.of(
                new DocxRenderer(),
                new PdfRenderer(),
                new HtmlRenderer(),
                new JsonRenderer(),
                new CsvRenderer(),
                new XlsxRenderer()));
    }

    /** @param renderers one per format, in the order of {@link ReportFormat}, the PDF among them */
    ReportRenditions(List<ReportRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /**
     * Every format, in the order of {@link ReportFormat}. The PDF, which takes as long as the others together,
     * is drawn on a second thread while this one makes the rest: each renderer reads the content and writes only
     * what it makes, so the bytes are those of rendering one after another.
     */
    public List<Rendition> renderAll(ReportContent content, Instant documentDate) {
        ReportRenderer pdf = renderer(ReportFormat.PDF);
        Beside<Rendition> aside = Beside.start(() -> pdf.render(content, documentDate));
        Rendition[] made = new Rendition[renderers.size()];
        try {
            for (int i = 0; i < made.length; i++) {
                if (renderers.get(i) != pdf) {
                    made[i] = renderers.get(i).render(content, documentDate);
                }
            }
        } catch (RuntimeException | Error e) {
            aside.abandon();
            throw e;
        }
        made[renderers.indexOf(pdf)] = aside.join();
        return List.of(made);
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
