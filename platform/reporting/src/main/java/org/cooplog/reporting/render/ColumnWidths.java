package org.cooplog.reporting.render;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.cooplog.reporting.content.ReportContent.Annex;

/**
 * How a table's width is shared among its columns, in thousandths, from what the cells hold, as a browser's automatic
 * table layout would: each column first gets its longest word, so no word is broken, then what is left goes to the
 * columns in proportion to how much more text they hold. Measured with the embedded font, so the DOCX and the HTML (hence the
 * PDF) share the same widths.
 */
final class ColumnWidths {

    /** Left and right cell padding and borders together, in points, with some room to spare. */
    private static final double PADDING_PT = 14;

    /** A word longer than this is broken rather than allowed to squeeze every other column. */
    private static final double LONGEST_WORD_CAP_PT = 110;

    /** The lines the longest cell of a column may take before the column is widened for it. */
    private static final int MAX_PHRASE_LINES = 3;

    private ColumnWidths() {}

    /** The last annexes measured: the DOCX, the HTML and the PDF each ask for the same ones. */
    private static final int REMEMBERED = 8;

    private static final Deque<Measured> RECENT = new ArrayDeque<>();

    private record Measured(WeakReference<Annex> annex, List<Integer> shares) {}

    /**
     * The shares of an annex's table. A report's tables are measured once, however many formats render them: an
     * annex is immutable, so the answer for the same annex (the same object) is remembered for a while, without
     * keeping the annex from being collected.
     */
    static List<Integer> of(Annex annex) {
        synchronized (RECENT) {
            for (Measured measured : RECENT) {
                if (measured.annex().get() == annex) {
                    return measured.shares();
                }
            }
        }
        List<Integer> shares = of(annex.columns(), annex.rows(), PageLayout.ACTIVITY_TABLE_PT);
        synchronized (RECENT) {
            RECENT.addFirst(new Measured(new WeakReference<>(annex), shares));
            while (RECENT.size() > REMEMBERED) {
                RECENT.removeLast();
            }
        }
        return shares;
    }

    static List<Integer> of(List<String> columns, List<List<String>> rows, double sizePt) {
        double available = PageLayout.TEXT_WIDTH_MM * 72 / 25.4;
        List<Double> least = new ArrayList<>();
        List<Double> wanted = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            String header = columns.get(column);
            double word = longestWord(header, SerifFonts.Face.BOLD, sizePt);
            double line = 0;
            double longestCell = 0;
            for (List<String> row : rows) {
                String cell = column < row.size() ? row.get(column) : "";
                word = Math.max(word, longestWord(cell, SerifFonts.Face.REGULAR, sizePt));
                double width = textWidth(cell, sizePt);
                line += width;
                longestCell = Math.max(longestCell, width);
            }
            // A short phrase ("Đã hoàn thành nghĩa vụ") should not stand one word a line: three lines at most.
            double phrase = Math.min(longestCell / MAX_PHRASE_LINES, LONGEST_WORD_CAP_PT);
            double minimum = Math.max(Math.min(word, LONGEST_WORD_CAP_PT), phrase) + PADDING_PT;
            least.add(minimum);
            // A header is content too: it should fit on two lines.
            double headerLine = SerifFonts.Face.BOLD.width(header, sizePt) / 2;
            wanted.add(Math.max(minimum, Math.max(headerLine, rows.isEmpty() ? 0 : line / rows.size()) + PADDING_PT));
        }
        double leastTotal = least.stream().mapToDouble(Double::doubleValue).sum();
        double wantedTotal = wanted.stream().mapToDouble(Double::doubleValue).sum();
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (wantedTotal <= available) {
                widths.add(wanted.get(i) * available / wantedTotal);
            } else if (leastTotal >= available) {
                widths.add(least.get(i));
            } else {
                double extra = (available - leastTotal) * (wanted.get(i) - least.get(i)) / (wantedTotal - leastTotal);
                widths.add(least.get(i) + extra);
            }
        }
        return List.copyOf(shares(widths));
    }

    /** Shares in thousandths proportional to the widths; the last column takes what rounding leaves. */
    static List<Integer> shares(List<Double> widths) {
        double sum = widths.stream().mapToDouble(Double::doubleValue).sum();
        List<Integer> shares = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < widths.size(); i++) {
            int share = i == widths.size() - 1 ? 1000 - given : (int) Math.floor(widths.get(i) * 1000 / sum);
            shares.add(share);
            given += share;
        }
        return shares;
    }

    /** The widest of the words a text's white space separates. */
    private static double longestWord(String text, SerifFonts.Face face, double sizePt) {
        double longest = 0;
        long word = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isSpace(c)) {
                longest = Math.max(longest, face.points(word, sizePt));
                word = 0;
            } else {
                word += face.advance(c);
            }
            i += Character.charCount(c);
        }
        return Math.max(longest, face.points(word, sizePt));
    }

    /** All of a cell's text on one line: what the cell would need to hold it in a single line. */
    private static double textWidth(String text, double sizePt) {
        SerifFonts.Face face = SerifFonts.Face.REGULAR;
        double width = 0;
        long line = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                width += face.points(line, sizePt);
                line = 0;
            } else {
                line += face.advance(c);
            }
            i += Character.charCount(c);
        }
        return width + face.points(line, sizePt);
    }

    /** White space as a regular expression's {@code \\s} has it. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
