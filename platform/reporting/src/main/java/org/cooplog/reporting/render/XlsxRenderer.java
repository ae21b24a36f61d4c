package org.cooplog.reporting.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.Annex;

/**
 * The report's tables for ministries that work in Excel: a first sheet of the period's figures, then one sheet per
 * annex, each under the report's summary line and the line naming the report it is attached to, its header bold and
 * frozen. Every value is a text cell marked as text, numbers of the figures aside, so nothing a user typed can become
 * a formula, not even when a reader edits the cell. The package is written as the DOCX's is: dated the document date,
 * entries in name order, so the same content gives the same bytes.
 */
final class XlsxRenderer implements ReportRenderer {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column widths in characters: an STT column's, and a line of a table cell's at most. */
    private static final int MIN_WIDTH = 6;

    private static final int MAX_WIDTH = 60;

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        RenderWords words = new RenderWords(content.language());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            Set<String> names = new HashSet<>();
            figures(sheet(workbook, names, words.figuresSheet()), content, words, styles);
            for (Annex annex : content.annexes()) {
                annex(sheet(workbook, names, annex.label()), content, annex, styles);
            }
            return Rendition.of(format(), MEDIA_TYPE, "xlsx", bytes(workbook, content, documentDate));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(XSSFSheet sheet, ReportContent content, RenderWords words, XlsxStyles styles) {
        XlsxLines lines = new XlsxLines(sheet, styles);
        lines.bold(content.heading().summary());
        lines.italic(attachedTo(content));
        lines.skip();
        int header = lines.header(List.of(words.figuresHeader(false), words.figuresHeader(true)));
        if (content.figures() != null) {
            for (Map.Entry<String, Object> figure :
                    ActivityFields.figures(content.figures()).entrySet()) {
                XSSFRow row = lines.next();
                styles.cell(row, 0, words.figure(figure.getKey()));
                if (figure.getValue() instanceof Long value) {
                    styles.number(row, 1, value);
                } else {
                    styles.cell(row, 1, words.unknown());
                }
            }
        }
        lines.finish(header, List.of(50, 16));
    }

    private static void annex(XSSFSheet sheet, ReportContent content, Annex annex, XlsxStyles styles) {
        XlsxLines lines = new XlsxLines(sheet, styles);
        lines.bold(annex.label() + ". " + annex.title());
        lines.plain(content.heading().summary());
        lines.italic(annex.attachedTo());
        annex.paragraphs().forEach(lines::plain);
        lines.skip();
        if (annex.columns().isEmpty()) {
            annex.notes().forEach(lines::plain);
            return;
        }
        int header = lines.header(annex.columns());
        for (List<String> cells : annex.rows()) {
            XSSFRow row = lines.next();
            for (int i = 0; i < cells.size(); i++) {
                styles.cell(row, i, cells.get(i));
            }
        }
        if (!annex.notes().isEmpty()) {
            lines.skip();
            annex.notes().forEach(lines::plain);
        }
        lines.finish(header, widths(annex.columns(), annex.rows()));
    }

    /**
     * Each column as wide as its longest line, header included, between a number's width and a readable line's: a
     * cell with more text wraps within it.
     */
    static List<Integer> widths(List<String> columns, List<List<String>> rows) {
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int longest = longestLine(columns.get(i));
            for (List<String> row : rows) {
                if (i < row.size()) {
                    longest = Math.max(longest, longestLine(row.get(i)));
                }
            }
            widths.add(Math.max(MIN_WIDTH, Math.min(longest + 2, MAX_WIDTH)));
        }
        return widths;
    }

    private static int longestLine(String text) {
        return text.lines()
                .mapToInt(line -> line.codePointCount(0, line.length()))
                .max()
                .orElse(0);
    }

    /** The line naming the report the tables belong to: the annexes all carry it. */
    private static String attachedTo(ReportContent content) {
        return content.annexes().isEmpty() ? null : content.annexes().get(0).attachedTo();
    }

    /** A sheet named after the annex's label, as Excel allows names: at most 31 characters, none of []:*?/\. */
    private static XSSFSheet sheet(XSSFWorkbook workbook, Set<String> names, String label) {
        String name = WorkbookUtil.createSafeSheetName(label);
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = WorkbookUtil.createSafeSheetName(label.substring(0, Math.min(label.length(), 31 - suffix.length())))
                    + suffix;
        }
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return sheet;
    }

    /** The workbook's bytes with its core properties dated {@code date}, packaged as the DOCX is. */
    private static ChunkedBytes bytes(XSSFWorkbook workbook, ReportContent content, Instant date) throws IOException {
        Date at = Date.from(date.truncatedTo(ChronoUnit.SECONDS));
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setCreator(content.heading().issuingUnit());
        core.setTitle(content.heading().summary());
        core.getUnderlyingProperties().setLanguageProperty(RenderWords.locale(content.language()));
        ChunkedBytes written = new ChunkedBytes();
        workbook.write(written);
        return DocxZip.normalised(written.toByteArray(), LocalDateTime.ofInstant(date, ZoneOffset.UTC), List.of());
    }
}
