package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quarterly report of a large log: tables of thousands of rows, in every format, in the projector's memory. */
class ScaleTests {

    /** A smaller report for the checks that read every page back: 1,200 rows in four tables. */
    private static final ReportContent LONG = ScaleReports.quarterly(300);

    /**
     * The projector holds the read model and renders in 512 MB; rendering gets about 300 of them. The report of
     * 3,000 activities, four tables of 3,000 rows, must render in every format in a JVM that has no more.
     */
    @Test
    void thousandsOfActivitiesRenderInEveryFormatWithinThreeHundredMegabytes(@TempDir Path directory) throws Exception {
        Path log = directory.resolve("scale.log");
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx300m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RenderScale.class.getName(),
                        String.valueOf(ScaleReports.ROWS),
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A bound so a hung child cannot hang the build; not a measure of speed.
        assertThat(jvm.waitFor(5, TimeUnit.MINUTES))
                .as("the other JVM finished")
                .isTrue();
        String output = Files.readString(log);
        assertThat(jvm.exitValue()).as(output).isZero();
        assertThat(output).contains("| DOCX |", "| PDF |", "| HTML |", "| JSON |", "| CSV |", "| XLSX |");
    }

    /** Every row of a long table is in the PDF once, whole, in order, under a header repeated on every page. */
    @Test
    void aLongTableRunsOverManyPagesRowsWholeAndHeaded() throws IOException {
        byte[] pdf = new PdfRenderer().render(LONG, SampleReports.DATE).bytes();
        Annex listed = LONG.annexes().get(0);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            assertThat(pages).hasSizeGreaterThan(40);
            int last = 0;
            for (List<String> row : listed.rows()) {
                String cell = row.get(1).replaceAll("\\s+", " ");
                List<Integer> found = new ArrayList<>();
                for (int page = 0; page < pages.size(); page++) {
                    if (pages.get(page).contains(cell)) {
                        found.add(page);
                    }
                }
                assertThat(found).as(cell).hasSize(1);
                assertThat(found.get(0)).as(cell).isGreaterThanOrEqualTo(last);
                last = found.get(0);
                assertThat(pages.get(last)).as("page %d", last + 1).contains("STT Hoạt động Thời gian Hình thức");
            }
        }
    }

    @Test
    void aLongTableInTheDocxHasEveryRowUnderARepeatedHeader() throws IOException {
        byte[] docx = new DocxRenderer().render(LONG, SampleReports.DATE).bytes();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .toList();
            assertThat(tables).hasSize(LONG.annexes().size());
            for (int t = 0; t < tables.size(); t++) {
                Annex section = LONG.annexes().get(t);
                List<XWPFTableRow> rows = tables.get(t).getRows();
                assertThat(rows).hasSize(section.rows().size() + 1);
                assertThat(rows.get(0).isRepeatHeader()).isTrue();
                XWPFTableRow end = rows.get(rows.size() - 1);
                assertThat(end.isRepeatHeader()).isFalse();
                assertThat(end.isCantSplitRow()).isTrue();
                List<String> last = section.rows().get(section.rows().size() - 1);
                for (int c = 0; c < last.size(); c++) {
                    assertThat(end.getCell(c).getText()).isEqualTo(last.get(c));
                }
            }
        }
    }
}
