package org.cooplog.reporting.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A text broken into the lines of a column, as the HTML preview breaks it: at spaces only (a document symbol such as
 * "02/2021/TT-TTCP" stays whole), a word too long for the column broken where it must be, "\n" a line break, and runs
 * of spaces shown as one unless the text keeps them. A character the font lacks is shown as "?".
 */
final class PdfLines {

    /**
     * One line of a paragraph.
     *
     * @param width the natural width of the text, in points
     * @param indented whether it is the paragraph's first line, which takes the indent
     * @param last whether it ends the paragraph or a line break: such a line is not justified
     */
    record Line(String text, double width, boolean indented, boolean last) {}

    private PdfLines() {}

    /** The lines of {@code text} set in {@code style} across {@code width} points; none for an empty text. */
    static List<Line> of(String text, PdfText style, double width) {
        List<Line> lines = new ArrayList<>();
        String[] parts = shown(text, style.face()).split("\n", -1);
        int count = parts.length > 1 && parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
        for (int p = 0; p < count; p++) {
            double first = p == 0 ? style.indent() : 0;
            if (style.keepSpaces()) {
                double whole = style.face().width(parts[p], style.size());
                if (whole <= width - first) {
                    lines.add(new Line(parts[p], whole, p == 0, true));
                    continue;
                }
            }
            String words = collapsed(parts[p]);
            if (words.isEmpty() && count == 1) {
                break;
            }
            fill(lines, words.split(" "), style, width, first, p == 0);
            Line end = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, new Line(end.text(), end.width(), end.indented(), true));
        }
        return lines;
    }

    /** Greedy filling: as many words as fit on each line. */
    private static void fill(
            List<Line> lines, String[] words, PdfText style, double width, double first, boolean indented) {
        double space = style.face().width(" ", style.size());
        StringBuilder line = new StringBuilder();
        double used = 0;
        double room = width - first;
        boolean firstLine = indented;
        for (String word : words) {
            double measured = style.face().width(word, style.size());
            if (line.length() > 0 && used + space + measured > room) {
                lines.add(new Line(line.toString(), used, firstLine, false));
                line.setLength(0);
                used = 0;
                room = width;
                firstLine = false;
            }
            if (line.length() == 0 && measured > room) {
                // A word longer than the line: broken anywhere, as CSS word-wrap: break-word does.
                int start = 0;
                for (int i = 0; i < word.length(); ) {
                    int c = word.codePointAt(i);
                    double glyph = style.face().width(c, style.size());
                    if (used + glyph > room && i > start) {
                        lines.add(new Line(word.substring(start, i), used, firstLine, false));
                        start = i;
                        used = 0;
                        room = width;
                        firstLine = false;
                    }
                    used += glyph;
                    i += Character.charCount(c);
                }
                line.append(word, start, word.length());
                continue;
            }
            if (line.length() > 0) {
                line.append(' ');
                used += space;
            }
            line.append(word);
            used += measured;
        }
        lines.add(new Line(line.toString(), used, firstLine, false));
    }

    /** The text as the PDF can show it: printable, a tab or carriage return a space, each character the face lacks a "?". */
    private static String shown(String text, SerifFonts.Face face) {
        String printable = PrintableText.of(text);
        StringBuilder shown = null;
        for (int i = 0; i < printable.length(); ) {
            int c = printable.codePointAt(i);
            int drawn = c == '\t' || c == '\r' ? ' ' : c == '\n' || face.has(c) ? c : '?';
            if (drawn != c && shown == null) {
                shown = new StringBuilder(printable.length()).append(printable, 0, i);
            }
            if (shown != null) {
                shown.appendCodePoint(drawn);
            }
            i += Character.charCount(c);
        }
        return shown == null ? printable : shown.toString();
    }

    /** Runs of white space as one space, none at either end: how HTML shows text. */
    private static String collapsed(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = collapsed.length() > 0;
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }
}
