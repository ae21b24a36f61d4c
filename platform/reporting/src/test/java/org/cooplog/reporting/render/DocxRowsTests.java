package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The rows written straight into the document part are the rows XWPF writes for the same cells, byte for byte. */
class DocxRowsTests {

    /** Texts XML and XWPF treat specially: spaces at the ends, markup, a carriage return, "]]>", line breaks. */
    private static final List<String> CELLS = List.of(
            "",
            " trước",
            "sau ",
            "a<b>c&d\"e'f",
            "tab\there",
            "cr\rhere",
            "]]>x ]>",
            "emoji \uD83D\uDE00 và\u00A0nbsp",
            "dòng một\ndòng hai",
            "a\n\nb\n",
            "\n",
            "chuông\u0007 và\u0000 nul",
            "tổ hợp: Vie\u0323\u0302t",
            "nửa cặp \uD800 x",
            SampleReports.HOSTILE,
            SampleReports.ALPHABET);

    @Test
    void activityRowsAreWhatXwpfWrites() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < CELLS.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), CELLS.get(i), CELLS.get(CELLS.size() - 1 - i)));
        }
        List<Integer> shares = List.of(100, 450, 450);
        try (XWPFDocument document = DocxPackage.create("vi", null)) {
            XWPFTable table = DocxTables.create(document, rows.size(), shares, true);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                row.setCantSplitRow(true);
                for (int c = 0; c < shares.size(); c++) {
                    DocxRows.cell(
                                    c == 0
                                            ? DocxText.centred(PageLayout.ACTIVITY_TABLE_PT)
                                            : DocxText.left(PageLayout.ACTIVITY_TABLE_PT))
                            .write(
                                    row.getCell(c).getParagraphs().get(0),
                                    rows.get(r).get(c));
                }
            }
            assertThat(streamed(DocxRows.activities(0, DocxTables.widths(shares), rows)))
                    .isEqualTo(rowsOf(document));
        }
    }

    private static String streamed(DocxRows rows) throws IOException {
        StringWriter xml = new StringWriter();
        rows.write(xml);
        return xml.toString();
    }

    /** The rows of the document's only table, as XWPF serialises them. */
    private static String rowsOf(XWPFDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.write(bytes);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.substring(xml.indexOf("<w:tr>"), xml.indexOf("</w:tbl>"));
                }
            }
        }
        throw new AssertionError("no document part");
    }
}
