package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Figure;

/**
 * The body rows of a bordered table, written as WordprocessingML straight into the document part. XWPF finds a row or
 * a cell by counting its siblings, so a table of thousands of rows took minutes and gigabytes to build; these rows are
 * written in one pass and never held as a tree. They are the bytes XWPF writes for the same cells set with
 * {@link DocxText}, each "\n" a line break (DocxRowsTests compares them).
 *
 * @param table the position of the table among the document's tables; XWPF has written its properties and header
 * @param widths each column's width in twips
 * @param styles how each column's text is set
 * @param unsplit whether a row must stay on one page
 */
record DocxRows(int table, List<Integer> widths, List<DocxText> styles, boolean unsplit, List<List<String>> rows) {

    DocxRows {
        widths = List.copyOf(widths);
        styles = List.copyOf(styles);
        rows = List.copyOf(rows);
    }

    /** An activity table's rows: the number centred, the rest left, 2 pt above and below, never split. */
    static DocxRows activities(int table, List<Integer> widths, List<List<String>> rows) {
        List<DocxText> styles = new ArrayList<>();
        for (int c = 0; c < widths.size(); c++) {
            styles.add(cell(
                    c == 0
                            ? DocxText.centred(PageLayout.ACTIVITY_TABLE_PT)
                            : DocxText.left(PageLayout.ACTIVITY_TABLE_PT)));
        }
        return new DocxRows(table, widths, styles, true, rows);
    }

    /** A table of figures' rows: the label left, the number centred. */
    static DocxRows figures(int table, List<Integer> widths, List<Figure> figures) {
        List<List<String>> rows = figures.stream()
                .map(f -> List.of(f.label(), String.valueOf(f.value())))
                .toList();
        return new DocxRows(
                table,
                widths,
                List.of(DocxText.left(PageLayout.TABLE_PT), DocxText.centred(PageLayout.TABLE_PT)),
                false,
                rows);
    }

    /** How a cell of an activity table is set, header and body alike. */
    static DocxText cell(DocxText text) {
        return text.before(2).after(2);
    }

    void write(Writer out) throws IOException {
        List<String> starts = new ArrayList<>();
        for (int c = 0; c < widths.size(); c++) {
            starts.add(cellStart(widths.get(c), styles.get(c)));
        }
        StringBuilder row = new StringBuilder(4096);
        char[] chars = new char[4096];
        for (List<String> cells : rows) {
            row.setLength(0);
            row.append(unsplit ? "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>" : "<w:tr>");
            for (int c = 0; c < widths.size(); c++) {
                row.append(starts.get(c));
                text(row, c < cells.size() ? cells.get(c) : "");
                row.append("</w:r></w:p></w:tc>");
            }
            row.append("</w:tr>");
            // Through a reused array: appending the builder would make a string of every row first.
            if (chars.length < row.length()) {
                chars = new char[row.length() * 2];
            }
            row.getChars(0, row.length(), chars, 0);
            out.write(chars, 0, row.length());
        }
    }

    /** A cell up to its run's text: width, paragraph and run properties, in the order XWPF writes them. */
    private static String cellStart(int width, DocxText style) {
        return "<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"" + width + "\"/></w:tcPr><w:p><w:pPr>"
                + "<w:spacing w:before=\"" + Math.round(style.beforePt() * 20) + "\" w:after=\""
                + Math.round(style.afterPt() * 20) + "\" w:line=\"" + Math.round(style.spacing() * 240)
                + "\" w:lineRule=\"auto\"/><w:jc w:val=\"" + justification(style.alignment())
                + "\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"" + PageLayout.FONT + "\" w:hAnsi=\"" + PageLayout.FONT
                + "\" w:cs=\"" + PageLayout.FONT + "\" w:eastAsia=\"" + PageLayout.FONT + "\"/><w:sz w:val=\""
                + Math.round(style.size() * 2) + "\"/><w:b w:val=\"" + (style.bold() ? "on" : "off")
                + "\"/><w:i w:val=\"" + (style.italic() ? "on" : "off") + "\"/></w:rPr>";
    }

    private static String justification(ParagraphAlignment alignment) {
        return switch (alignment) {
            case CENTER -> "center";
            case BOTH -> "both";
            case RIGHT -> "right";
            default -> "left";
        };
    }

    /** The text of a run: a {@code w:t} per line, a {@code w:br} between them. */
    private static void text(StringBuilder xml, String text) {
        String printable = PrintableText.of(text);
        int start = 0;
        while (true) {
            int end = printable.indexOf('\n', start);
            int stop = end < 0 ? printable.length() : end;
            if (start == stop) {
                xml.append("<w:t/>");
            } else {
                boolean preserve = Character.isWhitespace(printable.charAt(start))
                        || Character.isWhitespace(printable.charAt(stop - 1));
                xml.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
                escape(xml, printable, start, stop);
                xml.append("</w:t>");
            }
            if (end < 0) {
                return;
            }
            xml.append("<w:br/>");
            start = end + 1;
        }
    }

    /** Escaped as XmlBeans escapes text: {@code <}, {@code &}, a carriage return, and {@code >} after "]]". */
    private static void escape(StringBuilder xml, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '&' -> xml.append("&amp;");
                case '\r' -> xml.append("&#13;");
                case '>' ->
                    xml.append(i >= start + 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']' ? "&gt;" : ">");
                default -> xml.append(c);
            }
        }
    }
}
