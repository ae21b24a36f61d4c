package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bordered table of the PDF, as the HTML's {@code table.grid}: columns sharing the text width, 0.5 pt borders, cells
 * padded 2 pt and 1.4 mm, a bold centred header row repeated at the top of every page the table runs onto, and rows
 * kept whole. A row too tall for any page is the one exception: it continues on the next. Rows are laid out one at a
 * time and drawn at once, so a table of any length takes the memory of one row.
 */
final class PdfTable {

    private static final double BORDER = 0.5;
    private static final double PADDING_Y = 2;
    private static final double PADDING_X = PdfText.mmToPt(1.4);
    private static final double FRAME = 2 * PADDING_Y + BORDER;

    private final List<Double> lefts = new ArrayList<>();
    private final List<Double> widths = new ArrayList<>();
    private final PdfText header;
    private final List<PdfText> columns;
    private final List<List<PdfLines.Line>> headerRow;
    private final double headerHeight;

    /**
     * @param shares each column's share of the text width, in thousandths
     * @param columns how each column's cells are set
     * @param names the header row, or an empty list for none
     */
    PdfTable(List<Integer> shares, List<PdfText> columns, List<String> names) {
        double left = 0;
        for (int share : shares) {
            double width = PdfCanvas.TEXT_WIDTH * share / 1000;
            lefts.add(left);
            widths.add(width);
            left += width;
        }
        this.columns = List.copyOf(columns);
        this.header = PdfText.centred(SerifFonts.Face.BOLD, columns.get(0).size());
        this.headerRow = names.isEmpty() ? List.of() : lines(names, true);
        this.headerHeight = names.isEmpty() ? 0 : height(headerRow);
    }

    /** The height of the header row and the first row: what a heading above the table must stay with. */
    double start(List<List<String>> rows) {
        return headerHeight + (rows.isEmpty() ? 0 : height(lines(rows.get(0), false)));
    }

    void draw(PdfCanvas canvas, List<List<String>> rows) throws IOException {
        boolean opening = true;
        for (List<String> row : rows) {
            List<List<PdfLines.Line>> cells = lines(row, false);
            double height = height(cells);
            boolean whole = headerHeight + height <= PdfCanvas.TEXT_HEIGHT;
            if (!canvas.fits(0, (opening ? headerHeight : 0) + height)
                    && (whole || canvas.room() < PdfCanvas.TEXT_HEIGHT / 4)) {
                canvas.newPage();
                opening = true;
            }
            if (opening) {
                header(canvas);
            }
            split(canvas, cells, opening && headerRow.isEmpty());
            opening = false;
        }
        canvas.space(PageLayout.AFTER_PARAGRAPH_PT);
    }

    /** A row, over as many pages as it needs: only a row taller than a page needs more than one. */
    private void split(PdfCanvas canvas, List<List<PdfLines.Line>> cells, boolean edge) throws IOException {
        List<List<PdfLines.Line>> rest = cells;
        boolean opens = edge;
        while (true) {
            double room = canvas.room() - canvas.gap(0) - FRAME;
            List<List<PdfLines.Line>> now = new ArrayList<>();
            List<List<PdfLines.Line>> later = new ArrayList<>();
            for (int c = 0; c < rest.size(); c++) {
                List<PdfLines.Line> lines = rest.get(c);
                int fit = Math.min(lines.size(), Math.max(1, (int)
                        Math.floor(room / columns.get(c).lineHeight() + 1e-9)));
                now.add(lines.subList(0, fit));
                later.add(lines.subList(fit, lines.size()));
            }
            draw(canvas, now, height(now), false, opens);
            if (later.stream().allMatch(List::isEmpty)) {
                return;
            }
            canvas.newPage();
            header(canvas);
            rest = later;
            opens = headerRow.isEmpty();
        }
    }

    /** The header row, if the table has one, at the top of the table on this page. */
    private void header(PdfCanvas canvas) throws IOException {
        if (!headerRow.isEmpty()) {
            draw(canvas, headerRow, headerHeight, true, true);
        }
    }

    /** A row's cells at the cursor, with its borders; the top border only where a row opens the table on a page. */
    private void draw(PdfCanvas canvas, List<List<PdfLines.Line>> cells, double height, boolean isHeader, boolean edge)
            throws IOException {
        double top = canvas.place(0, height);
        double right = lefts.get(lefts.size() - 1) + widths.get(widths.size() - 1);
        if (edge) {
            canvas.line(0, top, right, top, BORDER);
        }
        canvas.line(0, top + height, right, top + height, BORDER);
        for (int c = 0; c <= widths.size(); c++) {
            double x = c < widths.size() ? lefts.get(c) : right;
            canvas.line(x, top, x, top + height, BORDER);
        }
        for (int c = 0; c < cells.size(); c++) {
            PdfText style = isHeader ? header : columns.get(c);
            double content = cells.get(c).size() * style.lineHeight();
            double offset = isHeader ? (height - FRAME - content) / 2 : 0;
            PdfBlocks.draw(
                    canvas,
                    style,
                    cells.get(c),
                    lefts.get(c) + PADDING_X + BORDER / 2,
                    top + BORDER / 2 + PADDING_Y + offset,
                    widths.get(c) - 2 * PADDING_X - BORDER);
        }
    }

    private List<List<PdfLines.Line>> lines(List<String> cells, boolean isHeader) {
        List<List<PdfLines.Line>> lines = new ArrayList<>();
        for (int c = 0; c < widths.size(); c++) {
            PdfText style = isHeader ? header : columns.get(c);
            lines.add(PdfLines.of(c < cells.size() ? cells.get(c) : "", style, widths.get(c) - 2 * PADDING_X - BORDER));
        }
        return lines;
    }

    private double height(List<List<PdfLines.Line>> cells) {
        double content = 0;
        for (int c = 0; c < cells.size(); c++) {
            content = Math.max(content, cells.get(c).size() * columns.get(c).lineHeight());
        }
        return content + FRAME;
    }
}
