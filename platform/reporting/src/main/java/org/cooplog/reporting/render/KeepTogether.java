package org.cooplog.reporting.render;

import java.util.List;
import org.cooplog.reporting.content.ReportContent.Section;

/**
 * How much of a page a section's start needs, in millimetres: its heading, paragraphs, the header row and first row
 * of its table. openhtmltopdf, unlike Word, would otherwise leave a heading or a table's header row alone at the foot
 * of a page; the HTML asks it to start such a section on the next page instead. An estimate from the font's widths,
 * erring on the generous side.
 */
final class KeepTogether {

    private static final double CELL_PADDING_PT = 14;

    private KeepTogether() {}

    static double sectionStart(Section section, List<Integer> shares) {
        double height = lines(1, PageLayout.BODY_PT) + 4;
        for (String paragraph : section.paragraphs()) {
            double width = PageLayout.TEXT_WIDTH_MM - PageLayout.FIRST_LINE_INDENT_MM;
            int count = lines(paragraph, SerifFonts.Face.REGULAR, PageLayout.BODY_PT, mmToPt(width));
            height += lines(count, PageLayout.BODY_PT) + PageLayout.pointsToMm(PageLayout.AFTER_PARAGRAPH_PT);
        }
        if (!section.columns().isEmpty()) {
            height += row(section.columns(), shares, SerifFonts.Face.BOLD);
            if (!section.rows().isEmpty()) {
                height += row(section.rows().get(0), shares, SerifFonts.Face.REGULAR);
            }
        }
        return height + 5;
    }

    private static double row(List<String> cells, List<Integer> shares, SerifFonts.Face face) {
        int most = 1;
        for (int c = 0; c < Math.min(cells.size(), shares.size()); c++) {
            double width = mmToPt(PageLayout.TEXT_WIDTH_MM * shares.get(c) / 1000) - CELL_PADDING_PT;
            int count = 0;
            for (String line : cells.get(c).split("\n")) {
                count += lines(line, face, PageLayout.ACTIVITY_TABLE_PT, width);
            }
            most = Math.max(most, count);
        }
        return lines(most, PageLayout.ACTIVITY_TABLE_PT) + 2;
    }

    /** Lines a text takes in a column, breaking at spaces. */
    private static int lines(String text, SerifFonts.Face face, double sizePt, double widthPt) {
        int lines = 1;
        double used = 0;
        double space = face.width(" ", sizePt);
        for (String word : text.split(" ")) {
            double width = face.width(word, sizePt);
            if (used > 0 && used + space + width > widthPt) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? space : 0) + width;
            while (used > widthPt) {
                lines++;
                used -= widthPt;
            }
        }
        return lines;
    }

    private static double lines(int count, double sizePt) {
        return PageLayout.pointsToMm(count * sizePt * PageLayout.LINE_SPACING);
    }

    private static double mmToPt(double millimetres) {
        return millimetres * 72 / 25.4;
    }
}
