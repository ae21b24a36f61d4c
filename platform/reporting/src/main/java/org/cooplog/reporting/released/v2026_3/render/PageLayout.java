package org.cooplog.reporting.released.v2026_3.render;

/**
 * The page of an administrative document under Decree 30/2020/NĐ-CP, Appendix I: A4, margins 20 mm top and bottom,
 * 30 mm left (for binding) and 15 mm right, Times New Roman. The DOCX and the HTML (hence the PDF) share these.
 */
final class PageLayout {

    static final String FONT = "Times New Roman";

    static final double WIDTH_MM = 210;
    static final double HEIGHT_MM = 297;
    static final double TOP_MM = 20;
    static final double BOTTOM_MM = 20;
    static final double LEFT_MM = 30;
    static final double RIGHT_MM = 15;
    /** Where the page number sits, in the top margin. */
    static final double HEADER_MM = 10;

    static final double TEXT_WIDTH_MM = WIDTH_MM - LEFT_MM - RIGHT_MM;

    /** The heading's left column: governing body, issuing unit, number; the right one has the national title. */
    static final double HEADING_LEFT_MM = 62;

    /** The closing's left column: Nơi nhận; the right one has the signature. */
    static final double CLOSING_LEFT_MM = 75;

    static final double BODY_PT = 14;
    static final double HEADING_PT = 13;
    static final double TABLE_PT = 13;
    static final double ACTIVITY_TABLE_PT = 12;
    static final double RECIPIENTS_TITLE_PT = 12;
    static final double RECIPIENTS_PT = 11;
    static final double PROVENANCE_PT = 10;
    static final double LINE_SPACING = 1.15;
    static final double AFTER_PARAGRAPH_PT = 6;
    static final double FIRST_LINE_INDENT_MM = 12.7;

    private PageLayout() {}

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static double pointsToMm(double points) {
        return points * 25.4 / 72;
    }
}
