package org.cooplog.reporting.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;

/**
 * The report as PDF, drawn page by page with PDFBox in the layout of the HTML preview: the same page, sizes, spacing,
 * column widths and line breaks, Liberation Serif embedded for full Vietnamese. The body, the closing, then each Phụ
 * lục from the top of a page. A long report is drawn as it is laid out, a row at a time, so its time and memory grow
 * with its length and no faster. The dates and the document ID come from the document date and the pages, not the
 * clock, so the bytes are the same on every run.
 */
final class PdfRenderer implements ReportRenderer {

    private static final PdfText ANNEX = PdfText.centred(SerifFonts.Face.BOLD, PageLayout.BODY_PT);
    private static final PdfText ATTACHED =
            PdfText.centred(SerifFonts.Face.ITALIC, PageLayout.BODY_PT).spaced(0, 12);
    private static final PdfText NOTE = PdfText.left(SerifFonts.Face.REGULAR, PageLayout.NOTE_PT);

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
            try (PdfCanvas canvas = new PdfCanvas(pdf, info.shown(), content.reference())) {
                if (content.draft()) {
                    PdfHeading.draftMark(canvas, words.draft());
                }
                PdfHeading.heading(canvas, content.heading());
                for (Part part : content.body()) {
                    part(canvas, part);
                }
                PdfHeading.closing(canvas, content.closing());
                for (Annex annex : content.annexes()) {
                    annex(canvas, annex);
                }
            }
            info.describe(pdf, content, documentDate);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Rendition.of(format(), "application/pdf", "pdf", out);
    }

    /** A part's title stays with its first passage's heading and two lines of what follows. */
    private static void part(PdfCanvas canvas, Part part) throws IOException {
        Passage first = part.passages().isEmpty() ? null : part.passages().get(0);
        double next = first == null ? 0 : start(first);
        keep(canvas, PdfText.SECTION, part.number() + ". " + part.title(), next);
        for (Passage passage : part.passages()) {
            if (passage.heading() != null) {
                keep(canvas, PdfText.SECTION, passage.heading(), opening(passage.paragraphs()));
            }
            for (String text : passage.paragraphs()) {
                PdfBlocks.paragraph(canvas, PdfText.BODY, text);
            }
        }
    }

    /** What a heading above a passage must stay with: its own heading, if any, and the start of its text. */
    private static double start(Passage passage) {
        double text = opening(passage.paragraphs());
        return passage.heading() == null
                ? text
                : PdfBlocks.height(PdfText.SECTION, passage.heading(), PdfCanvas.TEXT_WIDTH)
                        + PdfText.SECTION.before()
                        + text;
    }

    /** Two lines of the first paragraph, or all of it if it is shorter: a page may break after them. */
    private static double opening(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return 0;
        }
        int lines = PdfLines.of(paragraphs.get(0), PdfText.BODY, PdfCanvas.TEXT_WIDTH)
                .size();
        return Math.min(lines, 2) * PdfText.BODY.lineHeight();
    }

    /** A Phụ lục from the top of a new page: label, title, the line naming the report, text, table, notes. */
    private static void annex(PdfCanvas canvas, Annex annex) throws IOException {
        canvas.newPage();
        PdfBlocks.paragraph(canvas, ANNEX, annex.label());
        if (annex.attachedTo() == null) {
            PdfBlocks.paragraph(canvas, ANNEX.spaced(0, 12), annex.title());
        } else {
            PdfBlocks.paragraph(canvas, ANNEX, annex.title());
            PdfBlocks.paragraph(canvas, ATTACHED, annex.attachedTo());
        }
        for (String text : annex.paragraphs()) {
            PdfBlocks.paragraph(canvas, PdfText.BODY, text);
        }
        if (!annex.columns().isEmpty()) {
            table(annex).draw(canvas, annex.rows());
        }
        for (int i = 0; i < annex.notes().size(); i++) {
            PdfBlocks.paragraph(
                    canvas, NOTE.spaced(i == 0 ? 6 : 0, 0), annex.notes().get(i));
        }
    }

    /** A heading, on the next page unless what it heads can start under it, as CSS page-break-after: avoid asks. */
    private static void keep(PdfCanvas canvas, PdfText style, String text, double next) throws IOException {
        double height = PdfBlocks.height(style, text, PdfCanvas.TEXT_WIDTH) + (next > 0 ? style.after() + next : 0);
        if (height <= PdfCanvas.TEXT_HEIGHT && !canvas.fits(style.before(), height)) {
            canvas.newPage();
        }
        PdfBlocks.paragraph(canvas, style, text);
    }

    private static PdfTable table(Annex annex) {
        List<Integer> shares = ColumnWidths.of(annex);
        List<PdfText> columns = new ArrayList<>();
        for (int c = 0; c < shares.size(); c++) {
            columns.add(
                    c == 0
                            ? PdfText.centred(SerifFonts.Face.REGULAR, PageLayout.ACTIVITY_TABLE_PT)
                            : PdfText.left(SerifFonts.Face.REGULAR, PageLayout.ACTIVITY_TABLE_PT));
        }
        return new PdfTable(shares, columns, annex.columns());
    }
}
