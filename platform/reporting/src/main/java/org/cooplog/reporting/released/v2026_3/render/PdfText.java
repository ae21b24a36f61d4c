package org.cooplog.reporting.released.v2026_3.render;

/**
 * How a block of text is set in the PDF: the values of the HTML's CSS for that kind of text ({@code report.css}), so
 * the PDF and the preview agree. Lines are {@link PageLayout#LINE_SPACING} times the size apart, text centred in its
 * line as CSS centres it.
 *
 * @param indent the first line's indent, in points
 * @param before the space above the block, in points; it collapses with the space below the block before, as CSS
 *     margins do
 * @param after the space below the block, in points
 * @param keepSpaces whether runs of spaces are kept, as CSS {@code white-space: pre-wrap} keeps them
 */
record PdfText(
        SerifFonts.Face face,
        double size,
        Align align,
        double indent,
        double before,
        double after,
        boolean keepSpaces) {

    enum Align {
        LEFT,
        CENTRE,
        JUSTIFY
    }

    private static final double INDENT = mmToPt(PageLayout.FIRST_LINE_INDENT_MM);

    /** Body text: 14 pt, justified, the first line indented, 6 pt after. */
    static final PdfText BODY = new PdfText(
            SerifFonts.Face.REGULAR,
            PageLayout.BODY_PT,
            Align.JUSTIFY,
            INDENT,
            0,
            PageLayout.AFTER_PARAGRAPH_PT,
            false);

    /** A section's heading: bold, indented as the body is, 6 pt above and below. */
    static final PdfText SECTION =
            new PdfText(SerifFonts.Face.BOLD, PageLayout.BODY_PT, Align.LEFT, INDENT, 6, 6, false);

    static PdfText centred(SerifFonts.Face face, double size) {
        return new PdfText(face, size, Align.CENTRE, 0, 0, 0, false);
    }

    static PdfText left(SerifFonts.Face face, double size) {
        return new PdfText(face, size, Align.LEFT, 0, 0, 0, false);
    }

    PdfText in(SerifFonts.Face other) {
        return new PdfText(other, size, align, indent, before, after, keepSpaces);
    }

    PdfText spaced(double above, double below) {
        return new PdfText(face, size, align, indent, above, below, keepSpaces);
    }

    PdfText keepingSpaces() {
        return new PdfText(face, size, align, indent, before, after, true);
    }

    double lineHeight() {
        return size * PageLayout.LINE_SPACING;
    }

    /** From the top of a line to its baseline: half the leading, then the face's ascent. */
    double baseline() {
        return (lineHeight() - (face.ascent + face.descent) * size) / 2 + face.ascent * size;
    }

    static double mmToPt(double millimetres) {
        return millimetres * 72 / 25.4;
    }
}
