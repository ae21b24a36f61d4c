package org.cooplog.reporting.released.v2026_3.render;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * How a paragraph of the DOCX is set: one immutable value per kind of text, so the layout reads as a list of choices
 * rather than a list of POI calls.
 *
 * @param indent whether the first line takes the body's 1.27 cm indent
 * @param spacing line spacing as a multiple of single
 */
record DocxText(
        double size,
        boolean bold,
        boolean italic,
        ParagraphAlignment alignment,
        boolean indent,
        double beforePt,
        double afterPt,
        double spacing,
        boolean keepNext) {

    /** Body text: 14 pt, justified, indented, 6 pt after, spaced 1.15. */
    static final DocxText BODY = new DocxText(
            PageLayout.BODY_PT,
            false,
            false,
            ParagraphAlignment.BOTH,
            true,
            0,
            PageLayout.AFTER_PARAGRAPH_PT,
            PageLayout.LINE_SPACING,
            false);

    static DocxText centred(double size) {
        return new DocxText(size, false, false, ParagraphAlignment.CENTER, false, 0, 0, PageLayout.LINE_SPACING, false);
    }

    static DocxText left(double size) {
        return new DocxText(size, false, false, ParagraphAlignment.LEFT, false, 0, 0, PageLayout.LINE_SPACING, false);
    }

    DocxText withBold() {
        return new DocxText(size, true, italic, alignment, indent, beforePt, afterPt, spacing, keepNext);
    }

    DocxText withItalic() {
        return new DocxText(size, bold, true, alignment, indent, beforePt, afterPt, spacing, keepNext);
    }

    DocxText before(double points) {
        return new DocxText(size, bold, italic, alignment, indent, points, afterPt, spacing, keepNext);
    }

    DocxText after(double points) {
        return new DocxText(size, bold, italic, alignment, indent, beforePt, points, spacing, keepNext);
    }

    DocxText withKeepNext() {
        return new DocxText(size, bold, italic, alignment, indent, beforePt, afterPt, spacing, true);
    }

    /** Sets the paragraph and writes the text in one run, a line break for each "\n". */
    XWPFParagraph write(XWPFParagraph paragraph, String text) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore((int) Math.round(beforePt * 20));
        paragraph.setSpacingAfter((int) Math.round(afterPt * 20));
        paragraph.setSpacingBetween(spacing, LineSpacingRule.AUTO);
        if (indent) {
            paragraph.setIndentationFirstLine(PageLayout.twips(PageLayout.FIRST_LINE_INDENT_MM));
        }
        if (keepNext) {
            paragraph.setKeepNext(true);
        }
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(PageLayout.FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = PrintableText.of(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return paragraph;
    }
}
