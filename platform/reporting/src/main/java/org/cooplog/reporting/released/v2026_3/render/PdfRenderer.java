package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.CountTable;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Figure;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Section;
import org.cooplog.reporting.render.Rendition;

/**
 * The report as PDF, drawn page by page with PDFBox in the layout of the HTML preview: the same page, sizes, spacing,
 * column widths and line breaks, Liberation Serif embedded for full Vietnamese. A long report is drawn as it is laid
 * out, a row at a time, so its time and memory grow with its length and no faster. The dates and the document ID come
 * from the document date and the pages, not the clock, so the bytes are the same on every run.
 */
final class PdfRenderer implements ReportRenderer {

    private static final PdfText COUNT_TITLE = PdfText.SECTION.in(SerifFonts.Face.BOLD_ITALIC);

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        RenderWords words = new RenderWords(content.language());
        PdfInfo info = new PdfInfo();
        ChunkedBytes out = new ChunkedBytes();
        try (PDDocument pdf = new PDDocument()) {
            try (PdfCanvas canvas = new PdfCanvas(pdf, info.shown())) {
                if (content.draft()) {
                    PdfHeading.draftMark(canvas, words.draft());
                }
                PdfHeading.heading(canvas, content.heading());
                overview(canvas, content, words);
                for (Section section : content.sections()) {
                    section(canvas, section);
                }
                PdfHeading.closing(canvas, content.closing());
                provenance(canvas, content.provenance());
            }
            info.describe(pdf, content, documentDate);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.rendition(format(), "application/pdf", "pdf");
    }

    private static void overview(PdfCanvas canvas, ReportContent content, RenderWords words) throws IOException {
        keep(canvas, PdfText.SECTION, "I. " + words.overview(), 2 * PdfText.BODY.lineHeight());
        for (String text : content.introduction()) {
            PdfBlocks.paragraph(canvas, PdfText.BODY, text);
        }
        if (!content.totals().isEmpty()) {
            figures(null, content.totals()).draw(canvas, rows(content.totals()));
        }
        for (CountTable table : content.counts()) {
            if (table.rows().isEmpty()) {
                keep(canvas, COUNT_TITLE, table.title(), PdfText.BODY.lineHeight());
                PdfBlocks.paragraph(canvas, PdfText.BODY, words.none());
            } else {
                PdfTable figures = figures(table, table.rows());
                keep(canvas, COUNT_TITLE, table.title(), figures.start(rows(table.rows())));
                figures.draw(canvas, rows(table.rows()));
            }
        }
    }

    /** A section's heading stays with its paragraphs and its table's first row, as the HTML asks. */
    private static void section(PdfCanvas canvas, Section section) throws IOException {
        double next = 0;
        for (String text : section.paragraphs()) {
            next += PdfBlocks.height(PdfText.BODY, text, PdfCanvas.TEXT_WIDTH) + PdfText.BODY.after();
        }
        PdfTable table = section.columns().isEmpty() ? null : activities(section);
        next += table == null ? 0 : table.start(section.rows());
        keep(canvas, PdfText.SECTION, section.number() + ". " + section.title(), next);
        for (String text : section.paragraphs()) {
            PdfBlocks.paragraph(canvas, PdfText.BODY, text);
        }
        if (table != null) {
            table.draw(canvas, section.rows());
        }
    }

    /** A heading, on the next page unless what it heads can start under it, as CSS page-break-after: avoid asks. */
    private static void keep(PdfCanvas canvas, PdfText style, String text, double next) throws IOException {
        double height = PdfBlocks.height(style, text, PdfCanvas.TEXT_WIDTH) + next;
        if (height <= PdfCanvas.TEXT_HEIGHT && !canvas.fits(style.before(), height)) {
            canvas.newPage();
        }
        PdfBlocks.paragraph(canvas, style, text);
    }

    private static PdfTable figures(CountTable header, List<Figure> figures) {
        return new PdfTable(
                DocxRenderer.FIGURES,
                List.of(
                        PdfText.left(SerifFonts.Face.REGULAR, PageLayout.TABLE_PT),
                        PdfText.centred(SerifFonts.Face.REGULAR, PageLayout.TABLE_PT)),
                header == null ? List.of() : List.of(header.labelHeader(), header.countHeader()));
    }

    private static List<List<String>> rows(List<Figure> figures) {
        return figures.stream()
                .map(f -> List.of(f.label(), String.valueOf(f.value())))
                .toList();
    }

    private static PdfTable activities(Section section) {
        List<Integer> shares = ColumnWidths.of(section);
        List<PdfText> columns = new ArrayList<>();
        for (int c = 0; c < shares.size(); c++) {
            columns.add(
                    c == 0
                            ? PdfText.centred(SerifFonts.Face.REGULAR, PageLayout.ACTIVITY_TABLE_PT)
                            : PdfText.left(SerifFonts.Face.REGULAR, PageLayout.ACTIVITY_TABLE_PT));
        }
        return new PdfTable(shares, columns, section.columns());
    }

    /** The provenance in small print, 24 pt below the signature and all on one page. */
    private static void provenance(PdfCanvas canvas, ReportContent.Provenance provenance) throws IOException {
        PdfText small = PdfText.left(SerifFonts.Face.REGULAR, PageLayout.PROVENANCE_PT);
        PdfText title = small.in(SerifFonts.Face.BOLD);
        List<PdfLines.Line> heading = PdfLines.of(provenance.title(), title, PdfCanvas.TEXT_WIDTH);
        List<List<PdfLines.Line>> lines = provenance.lines().stream()
                .map(line -> PdfLines.of(line, small, PdfCanvas.TEXT_WIDTH))
                .toList();
        int count = heading.size() + lines.stream().mapToInt(List::size).sum();
        double top = canvas.place(24, count * small.lineHeight());
        PdfBlocks.draw(canvas, title, heading, 0, top, PdfCanvas.TEXT_WIDTH);
        top += heading.size() * small.lineHeight();
        for (List<PdfLines.Line> line : lines) {
            PdfBlocks.draw(canvas, small, line, 0, top, PdfCanvas.TEXT_WIDTH);
            top += line.size() * small.lineHeight();
        }
    }
}
