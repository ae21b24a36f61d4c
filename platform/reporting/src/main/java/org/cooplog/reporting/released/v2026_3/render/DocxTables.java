package org.cooplog.reporting.released.v2026_3.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables of fixed column widths across the text width: bordered ones for figures and activities, borderless ones
 * that place the heading and the signature block side by side as Decree 30 draws them.
 */
final class DocxTables {

    private static final int TEXT_WIDTH = PageLayout.twips(PageLayout.TEXT_WIDTH_MM);

    private DocxTables() {}

    /** A table whose columns share the text width in the given thousandths. */
    static XWPFTable create(XWPFDocument document, int rows, List<Integer> shares, boolean bordered) {
        List<Integer> widths = widths(shares);
        List<IBodyElement> body = document.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFTable) {
            // Word and LibreOffice merge adjacent tables into one, which takes the last one's borders.
            document.createParagraph().setSpacingAfter(0);
        }
        XWPFTable table = document.createTable(rows, shares.size());
        CTTblPr properties = table.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        properties.getTblW().setType(STTblWidth.DXA);
        properties.getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
        borders(properties, bordered);
        CTTblCellMar margins = properties.addNewTblCellMar();
        int side = bordered ? 80 : 0;
        margins.addNewLeft().setW(BigInteger.valueOf(side));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(side));
        margins.getRight().setType(STTblWidth.DXA);
        // Word before 2013, and LibreOffice, set a table out into the margin by its cell padding unless indented back.
        table.setIndent(side);
        table.getCTTbl().setTblGrid(CTTblGrid.Factory.newInstance());
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        widths.forEach(width -> grid.addNewGridCol().setW(BigInteger.valueOf(width)));
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < widths.size(); column++) {
                XWPFTableCell cell = row.getTableCells().get(column);
                cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                cell.setWidth(String.valueOf(widths.get(column)));
            }
        }
        return table;
    }

    /** Each column's width in twips: its share of the text width, the last column taking what rounding leaves. */
    static List<Integer> widths(List<Integer> shares) {
        List<Integer> widths = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < shares.size(); i++) {
            int width = i == shares.size() - 1 ? TEXT_WIDTH - given : TEXT_WIDTH * shares.get(i) / 1000;
            widths.add(width);
            given += width;
        }
        return widths;
    }

    private static void borders(CTTblPr properties, boolean bordered) {
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        CTTblBorders borders = properties.addNewTblBorders();
        for (CTBorder border : List.of(
                borders.addNewTop(),
                borders.addNewLeft(),
                borders.addNewBottom(),
                borders.addNewRight(),
                borders.addNewInsideH(),
                borders.addNewInsideV())) {
            border.setVal(bordered ? STBorder.SINGLE : STBorder.NIL);
            if (bordered) {
                border.setSz(BigInteger.valueOf(4));
                border.setSpace(BigInteger.ZERO);
                border.setColor("000000");
            }
        }
    }

    /** The paragraphs of a cell in order: the first is the one every new cell already has. */
    static final class Cell {
        private final XWPFTableCell cell;
        private boolean started;

        Cell(XWPFTableCell cell) {
            this.cell = cell;
        }

        XWPFParagraph next() {
            if (!started) {
                started = true;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        }

        int width() {
            return cell.getWidth();
        }
    }
}
