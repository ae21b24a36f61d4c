package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cooplog.reporting.content.ReportContent;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

class DocxRendererTests {

    private static final ReportContent QUARTERLY = SampleReports.quarterly();

    @Test
    void pageIsA4WithTheMarginsOfDecree30() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            CTPageMar margins = section.getPgMar();
            // 1 mm is 1440 / 25.4 twips.
            assertThat(List.of(size.getW(), size.getH())).containsExactly(twips(11906), twips(16838));
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .containsExactly(twips(1134), twips(1134), twips(1701), twips(850));
        }
    }

    @Test
    void everyRunIsTimesNewRoman() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            List<XWPFRun> runs = runs(docx);
            assertThat(runs).hasSizeGreaterThan(200);
            assertThat(runs).allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    @Test
    void bodyIsFourteenPointTablesTwelveOrThirteenProvenanceTen() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            List<XWPFParagraph> body = docx.getParagraphs();
            int provenance = body.size() - QUARTERLY.provenance().lines().size() - 1;
            for (int i = 0; i < body.size(); i++) {
                for (XWPFRun run : body.get(i).getRuns()) {
                    if (i >= provenance) {
                        assertThat(run.getFontSizeAsDouble()).isEqualTo(10.0);
                    } else {
                        assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 14.0);
                    }
                }
            }
            List<XWPFTable> tables = docx.getTables();
            for (XWPFTable table : tables.subList(1, tables.size() - 1)) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().stream()
                                .flatMap(p -> p.getRuns().stream())
                                .forEach(run ->
                                        assertThat(run.getFontSizeAsDouble()).isBetween(12.0, 13.0));
                    }
                }
            }
        }
    }

    @Test
    void headingIsABorderlessTableWithTheNationalTitleAndMotto() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            IBodyElement first = docx.getBodyElements().get(0);
            assertThat(first).isInstanceOf(XWPFTable.class);
            XWPFTable heading = (XWPFTable) first;
            assertThat(heading.getCTTbl().getTblPr().getTblBorders().getTop().getVal())
                    .isEqualTo(STBorder.NIL);
            String left = heading.getRow(0).getCell(0).getText();
            String right = heading.getRow(0).getCell(1).getText();
            assertThat(left).contains("THANH TRA CHÍNH PHỦ", "VỤ HỢP TÁC QUỐC TẾ");
            assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(heading.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/BC-HTQT");
            assertThat(heading.getRow(1).getCell(1).getText()).isEqualTo("Hà Nội, ngày 15 tháng 3 năm 2021");

            XWPFParagraph motto = heading.getRow(0).getCell(1).getParagraphs().get(1);
            assertThat(motto.getRuns().get(0).isBold()).isTrue();
            assertThat(motto.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFParagraph rule = heading.getRow(0).getCell(1).getParagraphs().get(2);
            assertThat(rule.getCTPPr().getPBdr().getBottom().getVal()).isEqualTo(STBorder.SINGLE);
            XWPFParagraph date = heading.getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(date.getRuns().get(0).isItalic()).isTrue();
        }
    }

    @Test
    void vietnameseTextIsIntactAndNfc() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY);
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text)
                    .contains(
                            SampleReports.WORKSHOP,
                            SampleReports.SECRETARIAT,
                            SampleReports.FINLAND,
                            SampleReports.DIACRITICS,
                            SampleReports.ALPHABET,
                            SampleReports.SIGNER,
                            "I. TÌNH HÌNH CHUNG",
                            "II. KẾT QUẢ CÁC HOẠT ĐỘNG TRONG KỲ",
                            "Nơi nhận:");
        }
    }

    @Test
    void activityTableRepeatsItsHeaderRowAndBreaksLinesInCells() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            XWPFTable activities = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(activities.getRows()).hasSize(37);
            assertThat(activities.getRow(0).isRepeatHeader()).isTrue();
            assertThat(activities.getRow(1).isRepeatHeader()).isFalse();
            XWPFRun title = activities
                    .getRow(1)
                    .getCell(1)
                    .getParagraphs()
                    .get(0)
                    .getRuns()
                    .get(0);
            assertThat(title.getCTR().sizeOfBrArray()).isEqualTo(1);
            assertThat(activities.getRow(1).getCell(1).getText()).startsWith(SampleReports.WORKSHOP);
        }
    }

    @Test
    void emptyCountTableAndSectionSayNone() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            List<String> texts =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int partners = texts.indexOf("Theo đối tác");
            assertThat(texts.get(partners + 1)).isEqualTo("Không có.");
            int delegations = texts.indexOf("IV. ĐOÀN RA, ĐOÀN VÀO");
            assertThat(texts.get(delegations + 1)).isEqualTo("Không có.");
        }
    }

    @Test
    void pagesAreNumberedAtTheTopFromPageTwo() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(docx.getHeaderFooterPolicy().getFirstPageHeader().getText())
                    .isBlank();
            XWPFParagraph number = docx.getHeaderFooterPolicy()
                    .getDefaultHeader()
                    .getParagraphs()
                    .get(0);
            assertThat(number.getCTP().xmlText()).contains("PAGE");
            assertThat(number.getAlignment()).hasToString("CENTER");
            assertThat(docx.getHeaderList()).hasSize(2);
        }
    }

    @Test
    void draftIsMarkedAtTheTopInTheReportsLanguage() throws IOException {
        try (XWPFDocument draft = open(SampleReports.emptyDraftInEnglish());
                XWPFDocument issued = open(QUARTERLY)) {
            assertThat(draft.getBodyElements().get(0)).isInstanceOf(XWPFParagraph.class);
            assertThat(((XWPFParagraph) draft.getBodyElements().get(0)).getText())
                    .isEqualTo("DRAFT");
            assertThat(issued.getParagraphs()).noneMatch(p -> p.getText().contains("DỰ THẢO"));
        }
        try (XWPFDocument draft = open(SampleReports.hostile())) {
            assertThat(((XWPFParagraph) draft.getBodyElements().get(0)).getText())
                    .isEqualTo("DỰ THẢO");
        }
    }

    @Test
    void closingPutsRecipientsLeftAndTheSignatureRight() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
            XWPFTableCell recipients = closing.getRow(0).getCell(0);
            XWPFTableCell signature = closing.getRow(0).getCell(1);
            XWPFRun title = recipients.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.text()).isEqualTo("Nơi nhận:");
            assertThat(title.isBold() && title.isItalic()).isTrue();
            assertThat(title.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(recipients.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(11.0);
            List<String> lines = signature.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(lines).containsExactly("KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", SampleReports.SIGNER);
        }
    }

    @Test
    void userTextIsKeptAsTypedLessWhatXmlCannotHold() throws IOException {
        try (XWPFDocument docx = open(SampleReports.hostile());
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String visible = SampleReports.HOSTILE.replace("\u0007", "").replace("\u0000", "");
            assertThat(extractor.getText()).contains(visible, "Hoạt động <b>", SampleReports.FORMULA);
        }
    }

    /** Word and LibreOffice would merge two adjacent tables into one, with the borders of the second. */
    @Test
    void noTwoTablesAreAdjacent() throws IOException {
        for (ReportContent content : RenderSamples.SAMPLES.values()) {
            try (XWPFDocument docx = open(content)) {
                List<IBodyElement> body = docx.getBodyElements();
                for (int i = 1; i < body.size(); i++) {
                    boolean adjacent = body.get(i) instanceof XWPFTable && body.get(i - 1) instanceof XWPFTable;
                    assertThat(adjacent).as("tables at %d and %d", i - 1, i).isFalse();
                }
            }
        }
    }

    static XWPFDocument open(ReportContent content) throws IOException {
        byte[] bytes = new DocxRenderer().render(content, SampleReports.DATE).bytes();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<XWPFRun> runs(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        docx.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable table : docx.getTables()) {
            table.getRows()
                    .forEach(row -> row.getTableCells()
                            .forEach(cell -> cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
        }
        docx.getHeaderList().forEach(header -> header.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        return runs;
    }

    private static BigInteger twips(long value) {
        return BigInteger.valueOf(value);
    }
}
