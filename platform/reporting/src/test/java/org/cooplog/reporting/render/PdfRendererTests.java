package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfRendererTests {

    private static final float MM = 72 / 25.4f;

    private static byte[] quarterly;

    @BeforeAll
    static void render() {
        quarterly = new PdfRenderer()
                .render(SampleReports.quarterly(), SampleReports.DATE)
                .bytes();
    }

    @Test
    void everyPageIsA4AndTheTableRunsOverSeveral() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(210 * MM, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(box.getHeight()).isCloseTo(297 * MM, org.assertj.core.data.Offset.offset(0.5f));
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void extractedTextHoldsTheVietnameseTitlesExactly() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text)
                    .contains(
                            SampleReports.WORKSHOP,
                            SampleReports.SECRETARIAT,
                            SampleReports.FINLAND,
                            SampleReports.DIACRITICS,
                            SampleReports.ALPHABET,
                            SampleReports.SIGNER,
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Hà Nội, ngày 15 tháng 3 năm 2021",
                            "Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019",
                            "Phụ lục III");
        }
    }

    @Test
    void activityTableHeaderIsRepeatedOnEveryPageItRunsOnto() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithRows = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = oneLine(stripper.getText(pdf));
                if (text.contains("Đã tổ chức/tham dự")) {
                    pagesWithRows++;
                    assertThat(text).as("page %d", page).contains("STT Hoạt động Thời gian");
                }
            }
            assertThat(pagesWithRows).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void pagesAreNumberedAtTheTopCentreFromPageTwo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("top", new Rectangle((int) (80 * MM), 0, (int) (80 * MM), (int) (18 * MM)));
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                stripper.extractRegions(pdf.getPage(page));
                String number = stripper.getTextForRegion("top").trim();
                assertThat(number).isEqualTo(page == 0 ? "" : String.valueOf(page + 1));
            }
        }
    }

    @Test
    void documentInformationIsDatedByTheReportNotTheClock() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(SampleReports.DATE);
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(SampleReports.DATE);
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Kết quả công tác hợp tác quốc tế quý I năm 2021");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(pdf.getDocument().getDocumentID().size()).isEqualTo(2);
        }
    }

    /**
     * Nothing is drawn in the margins: a table too wide, a word that does not break, a line that overflows would
     * show there. Only the page number may sit in the top margin, and the reference line in a band in the middle of
     * the bottom one, across the text width.
     */
    @ParameterizedTest
    @ValueSource(strings = {"quarterly", "empty-draft-en", "hostile", "overlong"})
    void nothingIsDrawnInTheMargins(String sample) throws IOException {
        ReportContent content = RenderSamples.SAMPLES.get(sample);
        byte[] bytes = new PdfRenderer().render(content, SampleReports.DATE).bytes();
        float dpi = 100;
        float px = dpi / 25.4f;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.GRAY);
                int width = image.getWidth();
                int height = image.getHeight();
                // Strips a pixel inside each margin, for anti-aliasing at the edge of the text area.
                int left = (int) (30 * px) - 2;
                int right = width - (int) (15 * px) + 2;
                int top = (int) (20 * px) - 2;
                int bottom = height - (int) (20 * px) + 2;
                Rectangle pageNumber = new Rectangle((int) (90 * px), (int) (5 * px), (int) (30 * px), (int) (12 * px));
                Rectangle reference = new Rectangle(left + 2, (int) (281 * px), right - left - 4, (int) (12 * px));
                List<String> inked = new ArrayList<>();
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        boolean margin = x < left || x >= right || y < top || y >= bottom;
                        boolean dark = (image.getRaster().getSample(x, y, 0)) < 200;
                        if (margin && dark && !pageNumber.contains(x, y) && !reference.contains(x, y)) {
                            inked.add(x + "," + y);
                        }
                    }
                }
                assertThat(inked)
                        .as("%s page %d: ink in the margin", sample, page + 1)
                        .isEmpty();
            }
        }
    }

    /**
     * A renderer that clipped what overflows the text area would leave no ink in the margin and lose text instead:
     * every glyph must be placed inside the text area, the page number and the reference line aside.
     */
    @ParameterizedTest
    @ValueSource(strings = {"quarterly", "empty-draft-en", "hostile", "overlong"})
    void everyGlyphIsPlacedInsideTheTextArea(String sample) throws IOException {
        ReportContent content = RenderSamples.SAMPLES.get(sample);
        byte[] bytes = new PdfRenderer().render(content, SampleReports.DATE).bytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float x = text.getXDirAdj();
                    float y = text.getYDirAdj();
                    boolean inside = x >= 30 * MM - 0.5f
                            && x + text.getWidthDirAdj() <= 195 * MM + 0.5f
                            && y - text.getHeightDir() >= 20 * MM - 0.5f
                            && y <= 277 * MM + 0.5f;
                    boolean pageNumber = y < 20 * MM && x > 90 * MM && x < 120 * MM;
                    boolean reference = y - text.getHeightDir() >= 281 * MM
                            && y <= 293 * MM
                            && x >= 30 * MM - 0.5f
                            && x + text.getWidthDirAdj() <= 195 * MM + 0.5f;
                    if (!inside
                            && !pageNumber
                            && !reference
                            && !text.getUnicode().isBlank()) {
                        outside.add(text.getUnicode() + " at " + x / MM + "," + y / MM + " mm");
                    }
                }
            };
            stripper.getText(pdf);
            assertThat(outside).as(sample).isEmpty();
        }
    }

    @Test
    void nothingOfTheMachineIsPrintedAndTheProvenanceIsInTheDocumentInformation() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            MachineText.assertNoneIn(new PDFTextStripper().getText(pdf));
            PDDocumentInformation info = pdf.getDocumentInformation();
            Map<String, String> properties = new LinkedHashMap<>();
            for (String key : SampleReports.quarterly().metadata().keySet()) {
                properties.put(key, info.getCustomMetadataValue(key));
            }
            assertThat(properties)
                    .containsExactlyEntriesOf(SampleReports.quarterly().metadata());
            assertThat(info.getSubject()).isEqualTo("Kết quả công tác hợp tác quốc tế quý I năm 2021");
        }
    }

    @Test
    void bodyIsThePartsAndTheirPassagesInOrder() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text)
                    .containsSubsequence(
                            "I. TÌNH HÌNH CHUNG",
                            "Tình hình dịch Covid-19 tiếp tục diễn biến phức tạp",
                            "II. KẾT QUẢ THỰC HIỆN",
                            "1. Hợp tác song phương",
                            "2. Nhóm các cơ quan phòng, chống tham nhũng Đông Nam Á (ASEAN-PAC)",
                            "III. ĐÁNH GIÁ CHUNG",
                            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                            "V. KIẾN NGHỊ, ĐỀ XUẤT",
                            "Nơi nhận:",
                            SampleReports.SIGNER);
        }
    }

    @Test
    void eachAnnexFollowsTheSignatureFromTheTopOfAPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            List<String> pages = pages(pdf);
            int signature = pageOf(pages, SampleReports.SIGNER);
            int first = pageOf(pages, "DANH MỤC HOẠT ĐỘNG TRONG KỲ BÁO CÁO");
            int second = pageOf(pages, "ĐÍNH CHÍNH THÔNG TIN ĐÃ BÁO CÁO");
            int third = pageOf(pages, "HOẠT ĐỘNG CHƯA ĐỦ THÔNG TIN ĐỂ XẾP KỲ BÁO CÁO");
            assertThat(first).isGreaterThan(signature);
            assertThat(second).isGreaterThan(first);
            assertThat(third).isGreaterThan(second);
            for (int page : List.of(first, second, third)) {
                String label = page == first ? "Phụ lục I " : page == second ? "Phụ lục II " : "Phụ lục III ";
                assertThat(pages.get(page)).as("page %d", page + 1).startsWith((page + 1) + " " + label);
            }
        }
    }

    @Test
    void theReferenceIsAtTheBottomLeftOfEveryPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(4);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion(
                    "foot", new Rectangle((int) (30 * MM), (int) (278 * MM), (int) (80 * MM), (int) (19 * MM)));
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                stripper.extractRegions(pdf.getPage(page));
                assertThat(stripper.getTextForRegion("foot").trim())
                        .as("page %d", page + 1)
                        .isEqualTo("Mã tra cứu: mofa-2021-Q1");
            }
        }
    }

    @Test
    void theEnglishDraftHasItsMarkBodyAndAnnexes() throws IOException {
        byte[] bytes = new PdfRenderer()
                .render(SampleReports.emptyDraftInEnglish(), SampleReports.DATE)
                .bytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> pages = pages(pdf);
            assertThat(pages.get(0)).startsWith("DRAFT");
            assertThat(String.join(" ", pages))
                    .containsSubsequence(
                            "I. GENERAL SITUATION",
                            "II. RESULTS",
                            "No international cooperation activity was recorded in the period.",
                            SampleReports.SIGNER,
                            "Annex I",
                            "Annex II",
                            "Policy dialogue on transparency in public procurement",
                            "(*) Known only to its year");
            assertThat(pageOf(pages, "Annex II")).isGreaterThan(pageOf(pages, "Annex I "));
            MachineText.assertNoneIn(String.join(" ", pages));
        }
    }

    /** A heading at the foot of a page with its text on the next is a widow: it goes over with its text. */
    @Test
    void noPageEndsWithAHeading() throws IOException {
        ReportContent content = SampleReports.quarterly();
        List<String> headings = new ArrayList<>();
        for (Part part : content.body()) {
            headings.add(part.number() + ". " + part.title());
            part.passages().stream()
                    .map(Passage::heading)
                    .filter(heading -> heading != null)
                    .forEach(headings::add);
        }
        try (PDDocument pdf = Loader.loadPDF(quarterly)) {
            List<String> pages = pages(pdf);
            for (int page = 0; page < pages.size(); page++) {
                String text = pages.get(page).replace(content.reference(), "").trim();
                for (String heading : headings) {
                    assertThat(text).as("page %d", page + 1).doesNotEndWith(heading);
                }
            }
        }
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(oneLine(stripper.getText(pdf)).trim());
        }
        return pages;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
