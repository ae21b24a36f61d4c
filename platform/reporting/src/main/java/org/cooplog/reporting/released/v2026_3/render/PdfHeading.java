package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Closing;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Heading;

/**
 * The top and the end of the PDF as Decree 30/2020/NĐ-CP, Appendix I draws them, and as the HTML's borderless
 * {@code table.layout} sets them: two columns side by side, the short lines under the issuing unit, the motto and the
 * summary, and the signature block kept on one page.
 */
final class PdfHeading {

    private static final double HEADING_LEFT = PdfText.mmToPt(PageLayout.HEADING_LEFT_MM);
    private static final double CLOSING_LEFT = PdfText.mmToPt(PageLayout.CLOSING_LEFT_MM);
    private static final double RULE = 0.75;
    private static final double RULE_GAP = 4;
    private static final SerifFonts.Face BOLD = SerifFonts.Face.BOLD;

    private PdfHeading() {}

    /** A preview's mark, bold and boxed at the top right. */
    static void draftMark(PdfCanvas canvas, String mark) throws IOException {
        PdfText text = PdfText.centred(BOLD, PageLayout.BODY_PT);
        double padding = 4;
        double width = BOLD.width(mark, text.size()) + 2 * padding + 2;
        double height = (BOLD.ascent + BOLD.descent) * text.size() + 4;
        double top = canvas.place(0, height);
        canvas.box(PdfCanvas.TEXT_WIDTH - width + 0.5, top + 0.5, width - 1, height - 1, 1);
        canvas.text(text, PdfCanvas.TEXT_WIDTH - width + 1 + padding, top + 2 + BOLD.ascent * text.size(), mark, 0);
        canvas.space(PageLayout.AFTER_PARAGRAPH_PT);
    }

    static void heading(PdfCanvas canvas, Heading heading) throws IOException {
        double right = PdfCanvas.TEXT_WIDTH - HEADING_LEFT;
        Column bodies = new Column(0, HEADING_LEFT);
        bodies.text(PdfText.centred(SerifFonts.Face.REGULAR, PageLayout.HEADING_PT), heading.governingBody());
        bodies.text(PdfText.centred(BOLD, PageLayout.HEADING_PT), heading.issuingUnit());
        // Decree 30: a third to a half of the line above.
        bodies.rule(Math.min(BOLD.width(heading.issuingUnit(), PageLayout.HEADING_PT), HEADING_LEFT) * 0.4);
        Column nation = new Column(HEADING_LEFT, right);
        nation.text(PdfText.centred(BOLD, PageLayout.HEADING_PT), heading.nationalTitle());
        nation.text(PdfText.centred(BOLD, PageLayout.BODY_PT), heading.motto());
        nation.rule(BOLD.width(heading.motto(), PageLayout.BODY_PT));
        row(canvas, 0, bodies, nation);

        Column number = new Column(0, HEADING_LEFT);
        number.text(
                PdfText.centred(SerifFonts.Face.REGULAR, PageLayout.HEADING_PT)
                        .spaced(6, 0)
                        .keepingSpaces(),
                heading.documentNumber());
        Column date = new Column(HEADING_LEFT, right);
        date.text(PdfText.centred(SerifFonts.Face.ITALIC, PageLayout.BODY_PT).spaced(6, 0), heading.placeAndDate());
        row(canvas, 0, number, date);

        PdfText title = PdfText.centred(BOLD, PageLayout.BODY_PT);
        PdfBlocks.paragraph(canvas, title.spaced(18, 0), heading.documentType());
        PdfBlocks.paragraph(canvas, title, heading.summary());
        double summary = Math.min(BOLD.width(heading.summary(), PageLayout.BODY_PT), PdfCanvas.TEXT_WIDTH) * 0.4;
        double top = canvas.place(RULE_GAP, RULE);
        canvas.line(
                (PdfCanvas.TEXT_WIDTH - summary) / 2,
                top + RULE / 2,
                (PdfCanvas.TEXT_WIDTH + summary) / 2,
                top + RULE / 2,
                RULE);
        PdfBlocks.paragraph(
                canvas,
                PdfText.centred(SerifFonts.Face.REGULAR, PageLayout.BODY_PT).spaced(12, 12),
                heading.addressee());
    }

    /** Nơi nhận on the left, the signature on the right, 12 pt below what comes before. */
    static void closing(PdfCanvas canvas, Closing closing) throws IOException {
        Column copies = new Column(0, CLOSING_LEFT);
        copies.text(
                PdfText.left(SerifFonts.Face.BOLD_ITALIC, PageLayout.RECIPIENTS_TITLE_PT), closing.recipientsTitle());
        closing.recipients()
                .forEach(line -> copies.text(PdfText.left(SerifFonts.Face.REGULAR, PageLayout.RECIPIENTS_PT), line));
        Column signature = new Column(CLOSING_LEFT, PdfCanvas.TEXT_WIDTH - CLOSING_LEFT);
        PdfText signer = PdfText.centred(BOLD, PageLayout.BODY_PT);
        if (closing.authority() != null) {
            signature.text(signer, closing.authority());
        }
        signature.text(signer, closing.signerTitle());
        // Room for the signature and the seal.
        signature.text(signer.spaced(80, 0), closing.signerName());
        row(canvas, 12, copies, signature);
    }

    /** Two columns side by side, top-aligned, {@code padding} points below the row's top; kept on one page. */
    private static void row(PdfCanvas canvas, double padding, Column left, Column right) throws IOException {
        double top = canvas.place(0, padding + Math.max(left.height, right.height)) + padding;
        left.draw(canvas, top);
        right.draw(canvas, top);
    }

    /** A cell of a borderless table: paragraphs and short rules, one under the other. */
    private static final class Column {
        private final double x;
        private final double width;
        private final List<Part> parts = new ArrayList<>();
        private double height;

        Column(double x, double width) {
            this.x = x;
            this.width = width;
        }

        void text(PdfText style, String text) {
            List<PdfLines.Line> lines = PdfLines.of(text, style, width);
            double at = height + style.before();
            parts.add((canvas, top) -> PdfBlocks.draw(canvas, style, lines, x, top + at, width));
            height = at + lines.size() * style.lineHeight();
        }

        /** A centred line {@code length} points long, just under the text above. */
        void rule(double length) {
            double y = height + RULE_GAP + RULE / 2;
            parts.add((canvas, top) ->
                    canvas.line(x + (width - length) / 2, top + y, x + (width + length) / 2, top + y, RULE));
            height += RULE_GAP + RULE;
        }

        void draw(PdfCanvas canvas, double top) throws IOException {
            for (Part part : parts) {
                part.draw(canvas, top);
            }
        }
    }

    private interface Part {
        void draw(PdfCanvas canvas, double top) throws IOException;
    }
}
