package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.CountTable;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Figure;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Section;
import org.cooplog.reporting.render.Rendition;

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
        List<DocxRows> rows = new ArrayList<>();
        try (XWPFDocument document = DocxPackage.create(content.language())) {
            if (content.draft()) {
                DocxHeading.draftMark(document, words.draft());
            }
            DocxHeading.heading(document, content.heading());
            sectionTitle(document, "I", words.overview());
            content.introduction().forEach(text -> DocxText.BODY.write(document.createParagraph(), text));
            if (!content.totals().isEmpty()) {
                rows.add(figures(document, null, content.totals()));
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
                    rows.add(figures(document, table, table.rows()));
                }
            }
            for (Section section : content.sections()) {
                sectionTitle(document, section.number(), section.title());
                section.paragraphs().forEach(text -> DocxText.BODY.write(document.createParagraph(), text));
                if (!section.columns().isEmpty()) {
                    rows.add(activities(document, section));
                }
            }
            DocxHeading.closing(document, content.closing());
            DocxText small = DocxText.left(PageLayout.PROVENANCE_PT);
            small.withBold()
                    .before(24)
                    .write(document.createParagraph(), content.provenance().title());
            content.provenance().lines().forEach(line -> small.write(document.createParagraph(), line));
            return DocxPackage.bytes(document, content, documentDate, rows).rendition(format(), MEDIA_TYPE, "docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sectionTitle(XWPFDocument document, String number, String title) {
        DocxText.BODY.withBold().before(6).withKeepNext().write(document.createParagraph(), number + ". " + title);
    }

    /** A table of label and number, under its header when it has one; the rows are written into the package. */
    private static DocxRows figures(XWPFDocument document, CountTable header, List<Figure> figures) {
        XWPFTable table = DocxTables.create(document, 1, FIGURES, true);
        if (header == null) {
            table.removeRow(0);
        } else {
            headerRow(table.getRow(0), List.of(header.labelHeader(), header.countHeader()), PageLayout.TABLE_PT);
        }
        return DocxRows.figures(document.getTables().size() - 1, DocxTables.widths(FIGURES), figures);
    }

    /** A section's table: its header row here, its rows written into the package. */
    private static DocxRows activities(XWPFDocument document, Section section) {
        List<Integer> shares = ColumnWidths.of(section);
        XWPFTable table = DocxTables.create(document, 1, shares, true);
        headerRow(table.getRow(0), section.columns(), PageLayout.ACTIVITY_TABLE_PT);
        return DocxRows.activities(document.getTables().size() - 1, DocxTables.widths(shares), section.rows());
    }

    /**
     * A bold, centred header row that Word repeats at the top of every page the table runs onto, and keeps with the
     * first row.
     */
    private static void headerRow(XWPFTableRow row, List<String> names, double size) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < names.size(); c++) {
            XWPFTableCell cell = row.getTableCells().get(c);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            DocxRows.cell(DocxText.centred(size).withBold().withKeepNext())
                    .write(new DocxTables.Cell(cell).next(), names.get(c));
        }
    }
}
