package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.util.List;

/** Paragraphs in the PDF: in the flow of the pages, or at a given place, such as in a table's cell. */
final class PdfBlocks {

    /** CSS's default: a paragraph leaves at least two lines at the foot of a page and takes two to the next. */
    private static final int ORPHANS = 2;

    private PdfBlocks() {}

    /**
     * A paragraph across the text width, in the flow: it breaks between lines where the page ends, but not so as to
     * leave a single line behind or carry a single line over.
     */
    static void paragraph(PdfCanvas canvas, PdfText style, String text) throws IOException {
        List<PdfLines.Line> lines = PdfLines.of(text, style, PdfCanvas.TEXT_WIDTH);
        double height = style.lineHeight();
        double above = style.before();
        int done = 0;
        while (done < lines.size()) {
            int left = lines.size() - done;
            int fit = canvas.fits(above, height)
                    ? (int) Math.floor((canvas.room() - canvas.gap(above)) / height + 1e-9)
                    : 0;
            int take = Math.min(left, fit);
            if (take < left && left - take < ORPHANS && take > ORPHANS) {
                take = left - ORPHANS;
            }
            if (take < Math.min(left, ORPHANS)) {
                canvas.newPage();
                take = Math.min(left, (int) Math.floor(PdfCanvas.TEXT_HEIGHT / height));
            }
            double top = canvas.place(above, take * height);
            draw(canvas, style, lines.subList(done, done + take), 0, top, PdfCanvas.TEXT_WIDTH);
            done += take;
            above = 0;
        }
        canvas.space(style.after());
    }

    /** Lines drawn from {@code top} down in a column {@code width} points wide at {@code x}. */
    static void draw(PdfCanvas canvas, PdfText style, List<PdfLines.Line> lines, double x, double top, double width)
            throws IOException {
        double y = top + style.baseline();
        for (PdfLines.Line line : lines) {
            double indent = line.indented() ? style.indent() : 0;
            double room = width - indent;
            double stretch = 0;
            double start = x + indent;
            switch (style.align()) {
                case CENTRE -> start += (room - line.width()) / 2;
                case JUSTIFY -> stretch = line.last() ? 0 : (room - line.width()) / spaces(line.text());
                default -> {}
            }
            canvas.text(style, start, y, line.text(), Math.max(0, stretch));
            y += style.lineHeight();
        }
    }

    /** The height of a text set in a column {@code width} points wide, without the space around it. */
    static double height(PdfText style, String text, double width) {
        return PdfLines.of(text, style, width).size() * style.lineHeight();
    }

    private static int spaces(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return Math.max(1, spaces);
    }
}
