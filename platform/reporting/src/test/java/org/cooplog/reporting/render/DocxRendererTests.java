package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cooplog.reporting.content.ReportContent;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
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
    void bodyIsFourteenPointTablesTwelveNotesTen() throws IOException {
        List<String> notes = QUARTERLY.annexes().stream()
                .flatMap(annex -> annex.notes().stream())
                .toList();
        assertThat(notes).isNotEmpty();
        try (XWPFDocument docx = open(QUARTERLY)) {
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    if (notes.contains(paragraph.getText())) {
                        assertThat(run.getFontSizeAsDouble()).isEqualTo(10.0);
                    } else {
                        assertThat(run.getFontSizeAsDouble())
                                .as(paragraph.getText())
                                .isBetween(13.0, 14.0);
                    }
                }
            }
            List<XWPFTable> grids = docx.getTables().stream()
                    .filter(table ->
                            table.getCTTbl().getTblPr().getTblBorders().getTop().getVal() == STBorder.SINGLE)
                    .toList();
            assertThat(grids).hasSize(2);
            for (XWPFTable table : grids) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().stream()
                                .flatMap(p -> p.getRuns().stream())
                                .forEach(run ->
                                        assertThat(run.getFontSizeAsDouble()).isEqualTo(12.0));
                    }
                }
            }
        }
    }

    @Test
    void bodyIsThePartsWithTheirPassagesJustifiedAndIndented() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            int first = texts.indexOf("I. TÌNH HÌNH CHUNG");
            assertThat(texts.subList(first, first + 8))
                    .containsExactly(
                            "I. TÌNH HÌNH CHUNG",
                            QUARTERLY
                                    .body()
                                    .get(0)
                                    .passages()
                                    .get(0)
                                    .paragraphs()
                                    .get(0),
                            QUARTERLY
                                    .body()
                                    .get(0)
                                    .passages()
                                    .get(0)
                                    .paragraphs()
                                    .get(1),
                            "II. KẾT QUẢ THỰC HIỆN",
                            QUARTERLY
                                    .body()
                                    .get(1)
                                    .passages()
                                    .get(0)
                                    .paragraphs()
                                    .get(0),
                            "1. Hợp tác song phương",
                            QUARTERLY
                                    .body()
                                    .get(1)
                                    .passages()
                                    .get(1)
                                    .paragraphs()
                                    .get(0),
                            "2. Nhóm các cơ quan phòng, chống tham nhũng Đông Nam Á (ASEAN-PAC)");
            assertThat(texts)
                    .containsSubsequence(
                            "III. ĐÁNH GIÁ CHUNG",
                            "1. Ưu điểm",
                            "2. Hạn chế, nguyên nhân",
                            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                            "V. KIẾN NGHỊ, ĐỀ XUẤT",
                            "Không có.");
            for (String heading : List.of("I. TÌNH HÌNH CHUNG", "1. Hợp tác song phương")) {
                XWPFParagraph paragraph = paragraphs.get(texts.indexOf(heading));
                assertThat(paragraph.getRuns().get(0).isBold()).as(heading).isTrue();
                assertThat(paragraph.getCTP().getPPr().isSetKeepNext())
                        .as(heading)
                        .isTrue();
            }
            XWPFParagraph prose = paragraphs.get(first + 1);
            assertThat(prose.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(prose.getIndentationFirstLine()).isEqualTo(720);
            assertThat(prose.getRuns().get(0).isBold()).isFalse();
            assertThat(prose.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void nothingOfTheMachineIsPrintedAndTheProvenanceIsInTheCustomProperties() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY);
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            MachineText.assertNoneIn(extractor.getText());
            CTProperties custom = docx.getProperties().getCustomProperties().getUnderlyingProperties();
            Map<String, String> properties = new LinkedHashMap<>();
            for (CTProperty property : custom.getPropertyList()) {
                properties.put(property.getName(), property.getLpwstr());
            }
            assertThat(properties).containsExactlyEntriesOf(QUARTERLY.metadata());
            var core = docx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Kết quả công tác hợp tác quốc tế quý I năm 2021");
            assertThat(core.getSubject()).isEqualTo("Kết quả công tác hợp tác quốc tế quý I năm 2021");
        }
    }

    @Test
    void annexesFollowTheSignatureEachFromANewPage() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            List<IBodyElement> body = docx.getBodyElements();
            int signature = -1;
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFTable table && table.getText().contains(SampleReports.SIGNER)) {
                    signature = i;
                }
                if (body.get(i) instanceof XWPFParagraph paragraph
                        && paragraph.getText().matches("Phụ lục I+")) {
                    labels.add(i);
                    assertThat(paragraph.isPageBreak()).as(paragraph.getText()).isTrue();
                    assertThat(paragraph.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                    assertThat(paragraph.getRuns().get(0).isBold()).isTrue();
                    XWPFParagraph title = (XWPFParagraph) body.get(i + 1);
                    XWPFParagraph attached = (XWPFParagraph) body.get(i + 2);
                    assertThat(title.getRuns().get(0).isBold()).isTrue();
                    assertThat(attached.getText()).startsWith("(Kèm theo Báo cáo số 05/BC-HTQT");
                    assertThat(attached.getRuns().get(0).isItalic()).isTrue();
                    assertThat(attached.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                }
            }
            assertThat(signature).isPositive();
            assertThat(labels).hasSize(3).isSorted().allMatch(label -> label > 0);
            assertThat(labels.get(0)).isGreaterThan(signature);
            List<String> order = labels.stream()
                    .map(i -> ((XWPFParagraph) body.get(i)).getText())
                    .toList();
            assertThat(order).containsExactly("Phụ lục I", "Phụ lục II", "Phụ lục III");
            assertThat(docx.getParagraphs())
                    .filteredOn(XWPFParagraph::isPageBreak)
                    .hasSize(3);
        }
    }

    @Test
    void anAnnexTitleWithoutItsAttachedLineStandsClearOfTheTable() throws IOException {
        try (XWPFDocument docx = open(ScaleReports.overlong())) {
            XWPFParagraph title = docx.getParagraphs().stream()
                    .filter(p -> p.getText().equals("DANH MỤC HOẠT ĐỘNG TRONG KỲ BÁO CÁO"))
                    .findFirst()
                    .orElseThrow();
            assertThat(title.getSpacingAfter()).isEqualTo(240);
        }
    }

    @Test
    void theReferenceIsAtTheFootOfEveryPage() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            var policy = docx.getHeaderFooterPolicy();
            for (var footer : List.of(policy.getFirstPageFooter(), policy.getDefaultFooter())) {
                XWPFParagraph line = footer.getParagraphs().get(0);
                assertThat(line.getText()).isEqualTo("Mã tra cứu: mofa-2021-Q1");
                assertThat(line.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
                assertThat(line.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(10.0);
            }
        }
        try (XWPFDocument draft = open(SampleReports.emptyDraftInEnglish())) {
            assertThat(draft.getFooterList()).isEmpty();
        }
    }

    @Test
    void theEnglishDraftHasItsBodyAndAnnexes() throws IOException {
        try (XWPFDocument docx = open(SampleReports.emptyDraftInEnglish());
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "DRAFT",
                            "I. GENERAL SITUATION",
                            "No international cooperation activity was recorded in the period.",
                            "V. RECOMMENDATIONS AND PROPOSALS",
                            "Annex I",
                            "Annex II",
                            "Policy dialogue on transparency in public procurement");
            assertThat(text.indexOf("Annex I")).isGreaterThan(text.indexOf(SampleReports.SIGNER));
            MachineText.assertNoneIn(text);
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
                            "II. KẾT QUẢ THỰC HIỆN",
                            "Nơi nhận:",
                            "Phụ lục I");
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
    void anEmptyAnnexSaysNoneAndNotesAreUnderTheTable() throws IOException {
        try (XWPFDocument docx = open(QUARTERLY)) {
            List<String> texts =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int corrections = texts.indexOf("ĐÍNH CHÍNH THÔNG TIN ĐÃ BÁO CÁO");
            assertThat(texts.get(corrections + 2)).isEqualTo("Không có.");
            List<IBodyElement> body = docx.getBodyElements();
            XWPFParagraph note = docx.getParagraphs()
                    .get(texts.indexOf(QUARTERLY.annexes().get(2).notes().get(0)));
            assertThat(body.get(body.indexOf(note) - 1)).isInstanceOf(XWPFTable.class);
            assertThat(body.get(body.size() - 1)).isEqualTo(note);
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
            XWPFTable closing = docx.getTables().stream()
                    .filter(table -> table.getText().contains("Nơi nhận:"))
                    .findFirst()
                    .orElseThrow();
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
            // A signer's name alone at the top of a page would sign nothing.
            assertThat(closing.getRow(0).isCantSplitRow()).isTrue();
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
