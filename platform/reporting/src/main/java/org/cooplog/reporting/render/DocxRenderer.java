package org.cooplog.reporting.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;

/**
 * The report as the Word document a ministry files and a department head signs: Decree 30/2020/NĐ-CP's heading, the
 * body in parts of prose, Nơi nhận and the signature block, then each Phụ lục on a page of its own. What the report
 * was made from goes into the document's properties, never onto a page.
 */
final class DocxRenderer implements ReportRenderer {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final DocxText HEADING = DocxText.BODY.withBold().before(6).withKeepNext();
    private static final DocxText ANNEX =
            DocxText.centred(PageLayout.BODY_PT).withBold().withKeepNext();

    @Override
    public ReportFormat format() {
        return ReportFormat.DOCX;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        RenderWords words = new RenderWords(content.language());
        List<DocxRows> rows = new ArrayList<>();
        try (XWPFDocument document = DocxPackage.create(content.language(), content.reference())) {
            if (content.draft()) {
                DocxHeading.draftMark(document, words.draft());
            }
            DocxHeading.heading(document, content.heading());
            for (Part part : content.body()) {
                HEADING.write(document.createParagraph(), part.number() + ". " + part.title());
                for (Passage passage : part.passages()) {
                    if (passage.heading() != null) {
                        HEADING.write(document.createParagraph(), passage.heading());
                    }
                    passage.paragraphs().forEach(text -> DocxText.BODY.write(document.createParagraph(), text));
                }
            }
            DocxHeading.closing(document, content.closing());
            for (Annex annex : content.annexes()) {
                annex(document, annex, rows);
            }
            List<IBodyElement> body = document.getBodyElements();
            if (body.get(body.size() - 1) instanceof XWPFTable) {
                // A document ends with a paragraph: Word reports one that ends with a table as damaged.
                DocxText.left(PageLayout.NOTE_PT).write(document.createParagraph(), "");
            }
            return Rendition.of(format(), MEDIA_TYPE, "docx", DocxPackage.bytes(document, content, documentDate, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Phụ lục from the top of a new page: label, title, the line naming the report, text, table, notes. */
    private static void annex(XWPFDocument document, Annex annex, List<DocxRows> rows) {
        ANNEX.write(document.createParagraph(), annex.label()).setPageBreak(true);
        ANNEX.after(annex.attachedTo() == null ? 12 : 0).write(document.createParagraph(), annex.title());
        if (annex.attachedTo() != null) {
            DocxText.centred(PageLayout.BODY_PT)
                    .withItalic()
                    .after(12)
                    .withKeepNext()
                    .write(document.createParagraph(), annex.attachedTo());
        }
        annex.paragraphs().forEach(text -> DocxText.BODY.write(document.createParagraph(), text));
        if (!annex.columns().isEmpty()) {
            List<Integer> shares = ColumnWidths.of(annex);
            XWPFTable table = DocxTables.create(document, 1, shares, true);
            headerRow(table.getRow(0), annex.columns(), PageLayout.ACTIVITY_TABLE_PT);
            rows.add(DocxRows.activities(document.getTables().size() - 1, DocxTables.widths(shares), annex.rows()));
        }
        DocxText note = DocxText.left(PageLayout.NOTE_PT);
        for (int i = 0; i < annex.notes().size(); i++) {
            note.before(i == 0 ? 6 : 0)
                    .write(document.createParagraph(), annex.notes().get(i));
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
            XWPFTableCell cell = row.getTableCells().get(c);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            DocxRows.cell(DocxText.centred(size).withBold().withKeepNext())
                    .write(new DocxTables.Cell(cell).next(), names.get(c));
        }
    }
}
