package org.cooplog.reporting.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.CountTable;
import org.cooplog.reporting.content.ReportContent.Figure;
import org.cooplog.reporting.content.ReportContent.Section;

/**
 * The report as the Word document a ministry files: Decree 30/2020/NĐ-CP's heading, a body of numbered sections with
 * its tables, Nơi nhận and the signature block, then the provenance in small print.
 */
final class DocxRenderer implements ReportRenderer {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Label and number: the number column is wide enough for its header, "Số hoạt động". */
    static final List<Integer> FIGURES = List.of(750, 250);

    @Override
    public ReportFormat format() {
        return ReportFormat.DOCX;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        RenderWords words = new RenderWords(content.language());
        try (XWPFDocument document = DocxPackage.create(content.language())) {
            if (content.draft()) {
                DocxHeading.draftMark(document, words.draft());
            }
            DocxHeading.heading(document, content.heading());
            sectionTitle(document, "I", words.overview());
            content.introduction().forEach(text -> DocxText.BODY.write(document.createParagraph(), text));
            if (!content.totals().isEmpty()) {
                figures(
                        null,
                        content.totals(),
                        DocxTables.create(document, content.totals().size(), FIGURES, true));
            }
            for (CountTable table : content.counts()) {
                DocxText.BODY
                        .withBold()
                        .withItalic()
                        .before(6)
                        .withKeepNext()
                        .write(document.createParagraph(), table.title());
                if (table.rows().isEmpty()) {
                    DocxText.BODY.write(document.createParagraph(), words.none());
                } else {
                    figures(
                            table,
                            table.rows(),
                            DocxTables.create(document, table.rows().size() + 1, FIGURES, true));
                }
            }
            content.sections().forEach(section -> section(document, section));
            DocxHeading.closing(document, content.closing());
            DocxText small = DocxText.left(PageLayout.PROVENANCE_PT);
            small.withBold()
                    .before(24)
                    .write(document.createParagraph(), content.provenance().title());
            content.provenance().lines().forEach(line -> small.write(document.createParagraph(), line));
            return new Rendition(format(), MEDIA_TYPE, "docx", DocxPackage.bytes(document, content, documentDate));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sectionTitle(XWPFDocument document, String number, String title) {
        DocxText.BODY.withBold().before(6).withKeepNext().write(document.createParagraph(), number + ". " + title);
    }

    /** Label and number per line, under the table's header when it has one. */
    private static void figures(CountTable header, List<Figure> rows, XWPFTable table) {
        int first = 0;
        if (header != null) {
            headerRow(table.getRow(0), List.of(header.labelHeader(), header.countHeader()), PageLayout.TABLE_PT);
            first = 1;
        }
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(first + i);
            DocxText.left(PageLayout.TABLE_PT)
                    .write(
                            new DocxTables.Cell(row.getCell(0)).next(),
                            rows.get(i).label());
            DocxText.centred(PageLayout.TABLE_PT)
                    .write(
                            new DocxTables.Cell(row.getCell(1)).next(),
                            String.valueOf(rows.get(i).value()));
        }
    }

    private static void section(XWPFDocument document, Section section) {
        sectionTitle(document, section.number(), section.title());
        section.paragraphs().forEach(text -> DocxText.BODY.write(document.createParagraph(), text));
        if (section.columns().isEmpty()) {
            return;
        }
        XWPFTable table = DocxTables.create(
                document,
                section.rows().size() + 1,
                ColumnWidths.of(section.columns(), section.rows(), PageLayout.ACTIVITY_TABLE_PT),
                true);
        headerRow(table.getRow(0), section.columns(), PageLayout.ACTIVITY_TABLE_PT);
        for (int r = 0; r < section.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = section.rows().get(r);
            for (int c = 0; c < section.columns().size(); c++) {
                DocxText text = cell(
                        c == 0
                                ? DocxText.centred(PageLayout.ACTIVITY_TABLE_PT)
                                : DocxText.left(PageLayout.ACTIVITY_TABLE_PT));
                text.write(new DocxTables.Cell(row.getCell(c)).next(), c < cells.size() ? cells.get(c) : "");
            }
        }
    }

    /**
     * A bold, centred header row that Word repeats at the top of every page the table runs onto, and keeps with the
     * first row.
     */
    private static void headerRow(XWPFTableRow row, List<String> names, double size) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < names.size(); c++) {
            row.getCell(c).setVerticalAlignment(XWPFVertAlign.CENTER);
            cell(DocxText.centred(size).withBold().withKeepNext())
                    .write(new DocxTables.Cell(row.getCell(c)).next(), names.get(c));
        }
    }

    private static DocxText cell(DocxText text) {
        return text.before(2).after(2);
    }
}
