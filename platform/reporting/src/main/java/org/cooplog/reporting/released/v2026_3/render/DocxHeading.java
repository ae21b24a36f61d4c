package org.cooplog.reporting.released.v2026_3.render;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Closing;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Heading;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The top and the end of the DOCX as Decree 30/2020/NĐ-CP, Appendix I draws them: two borderless two-column tables,
 * and the short lines under the issuing unit, the motto and the summary.
 */
final class DocxHeading {

    private static final double HEADING_LEFT = PageLayout.HEADING_LEFT_MM / PageLayout.TEXT_WIDTH_MM;
    private static final double CLOSING_LEFT = PageLayout.CLOSING_LEFT_MM / PageLayout.TEXT_WIDTH_MM;
    private static final int TEXT_WIDTH = PageLayout.twips(PageLayout.TEXT_WIDTH_MM);

    private DocxHeading() {}

    /** A preview says so in a box at the top right, above the heading. */
    static void draftMark(XWPFDocument document, String mark) {
        double size = PageLayout.BODY_PT;
        int padding = 4;
        int markWidth = (int) Math.round(SerifFonts.Face.BOLD.width(mark, size) * 20);
        XWPFParagraph paragraph = DocxText.centred(size).withBold().after(6).write(document.createParagraph(), mark);
        paragraph.setIndentationLeft(TEXT_WIDTH - markWidth - 2 * padding * 20 - 40);
        paragraph.setIndentationRight(padding * 20);
        CTPBdr borders = paragraph.getCTP().getPPr().addNewPBdr();
        for (CTBorder border :
                List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(8));
            border.setSpace(BigInteger.valueOf(padding - 2));
            border.setColor("000000");
        }
    }

    static void heading(XWPFDocument document, Heading heading) {
        XWPFTable table = DocxTables.create(document, 2, shares(HEADING_LEFT), false);
        DocxTables.Cell bodies = new DocxTables.Cell(table.getRow(0).getCell(0));
        DocxText.centred(PageLayout.HEADING_PT).write(bodies.next(), heading.governingBody());
        DocxText.centred(PageLayout.HEADING_PT).withBold().write(bodies.next(), heading.issuingUnit());
        double unit =
                Math.min(SerifFonts.Face.BOLD.width(heading.issuingUnit(), PageLayout.HEADING_PT) * 20, bodies.width());
        // Decree 30: a third to a half of the line above.
        rule(bodies.next(), bodies.width(), unit * 0.4);

        DocxTables.Cell nation = new DocxTables.Cell(table.getRow(0).getCell(1));
        DocxText.centred(PageLayout.HEADING_PT).withBold().write(nation.next(), heading.nationalTitle());
        DocxText.centred(PageLayout.BODY_PT).withBold().write(nation.next(), heading.motto());
        rule(nation.next(), nation.width(), SerifFonts.Face.BOLD.width(heading.motto(), PageLayout.BODY_PT) * 20);

        DocxText.centred(PageLayout.HEADING_PT)
                .before(6)
                .write(new DocxTables.Cell(table.getRow(1).getCell(0)).next(), heading.documentNumber());
        DocxText.centred(PageLayout.BODY_PT)
                .withItalic()
                .before(6)
                .write(new DocxTables.Cell(table.getRow(1).getCell(1)).next(), heading.placeAndDate());

        DocxText.centred(PageLayout.BODY_PT)
                .withBold()
                .before(18)
                .write(document.createParagraph(), heading.documentType());
        DocxText.centred(PageLayout.BODY_PT).withBold().write(document.createParagraph(), heading.summary());
        double summary = Math.min(SerifFonts.Face.BOLD.width(heading.summary(), PageLayout.BODY_PT) * 20, TEXT_WIDTH);
        rule(document.createParagraph(), TEXT_WIDTH, summary * 0.4);
        DocxText.centred(PageLayout.BODY_PT)
                .before(12)
                .after(12)
                .write(document.createParagraph(), heading.addressee());
    }

    static void closing(XWPFDocument document, Closing closing) {
        XWPFTable table = DocxTables.create(document, 1, shares(CLOSING_LEFT), false);
        DocxTables.Cell copies = new DocxTables.Cell(table.getRow(0).getCell(0));
        DocxText.left(PageLayout.RECIPIENTS_TITLE_PT)
                .withBold()
                .withItalic()
                .before(12)
                .write(copies.next(), closing.recipientsTitle());
        closing.recipients()
                .forEach(line -> DocxText.left(PageLayout.RECIPIENTS_PT).write(copies.next(), line));

        DocxTables.Cell signature = new DocxTables.Cell(table.getRow(0).getCell(1));
        DocxText title = DocxText.centred(PageLayout.BODY_PT).withBold();
        if (closing.authority() != null) {
            title.before(12).write(signature.next(), closing.authority());
            title.write(signature.next(), closing.signerTitle());
        } else {
            title.before(12).write(signature.next(), closing.signerTitle());
        }
        // Room for the signature and the seal.
        title.before(80).write(signature.next(), closing.signerName());
    }

    /** A centred horizontal line of the given width, in twips, drawn just under the paragraph above. */
    private static void rule(XWPFParagraph paragraph, int available, double width) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(3, LineSpacingRule.EXACT);
        int indent = (int) Math.max(0, Math.round((available - width) / 2));
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        CTBorder border = paragraph.getCTP().getPPr().addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(6));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

    private static List<Integer> shares(double left) {
        int share = (int) Math.round(left * 1000);
        return List.of(share, 1000 - share);
    }
}
