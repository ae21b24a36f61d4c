package org.cooplog.reporting.released.v2026_3.render;

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
        List<Line> lines = new ArrayList<>(2);
        String shown = shown(text, style.face());
        // Each part between line breaks is a paragraph; a break at the very end opens none.
        int start = 0;
        for (int p = 0; ; p++) {
            int br = shown.indexOf('\n', start);
            int end = br < 0 ? shown.length() : br;
            if (br < 0 && start == end && p > 0) {
                break;
            }
            boolean only = p == 0 && (br < 0 || br == shown.length() - 1);
            String part = shown.substring(start, end);
            double first = p == 0 ? style.indent() : 0;
            double whole = style.keepSpaces() ? style.face().width(part, style.size()) : 0;
            if (style.keepSpaces() && whole <= width - first) {
                lines.add(new Line(part, whole, p == 0, true));
            } else {
                String words = collapsed(part);
                if (words.isEmpty() && only) {
                    break;
                }
                fill(lines, words, style, width, first, p == 0);
            }
            if (br < 0) {
                break;
            }
            start = br + 1;
        }
        return lines;
    }

    /**
     * Greedy filling: as many words as fit on each line. The words are those of a collapsed text, one space apart, so
     * every line is a stretch of it, taken as it is.
     */
    private static void fill(
            List<Line> lines, String words, PdfText style, double width, double first, boolean indented) {
        SerifFonts.Face face = style.face();
        double space = face.width(" ", style.size());
        int lineStart = 0;
        int lineEnd = 0;
        double used = 0;
        double room = width - first;
        boolean firstLine = indented;
        for (int wordStart = 0; wordStart <= words.length(); ) {
            int wordEnd = words.indexOf(' ', wordStart);
            wordEnd = wordEnd < 0 ? words.length() : wordEnd;
            double measured = face.width(words, wordStart, wordEnd, style.size());
            if (lineEnd > lineStart && used + space + measured > room) {
                lines.add(new Line(words.substring(lineStart, lineEnd), used, firstLine, false));
                lineStart = wordStart;
                lineEnd = wordStart;
                used = 0;
                room = width;
                firstLine = false;
            }
            if (lineEnd == lineStart && measured > room) {
                // A word longer than the line: broken anywhere, as CSS word-wrap: break-word does.
                lineStart = wordStart;
                for (int i = wordStart; i < wordEnd; ) {
                    int c = words.codePointAt(i);
                    double glyph = face.width(c, style.size());
                    if (used + glyph > room && i > lineStart) {
                        lines.add(new Line(words.substring(lineStart, i), used, firstLine, false));
                        lineStart = i;
                        used = 0;
                        room = width;
                        firstLine = false;
                    }
                    used += glyph;
                    i += Character.charCount(c);
                }
            } else {
                if (lineEnd > lineStart) {
                    used += space;
                } else {
                    lineStart = wordStart;
                }
                used += measured;
            }
            lineEnd = wordEnd;
            wordStart = wordEnd + 1;
        }
        lines.add(new Line(words.substring(lineStart, lineEnd), used, firstLine, true));
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
        if (isCollapsed(text)) {
            return text;
        }
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

    private static boolean isCollapsed(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        return !text.contains("  ");
    }
}
