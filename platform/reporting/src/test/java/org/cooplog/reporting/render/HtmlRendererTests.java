package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cooplog.reporting.content.ReportContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class HtmlRendererTests {

    @Test
    void pageIsWellFormedXhtmlInTheReportsLanguage() throws Exception {
        Document page = parse(SampleReports.quarterly());
        Element html = page.getDocumentElement();
        assertThat(html.getTagName()).isEqualTo("html");
        assertThat(html.getAttribute("lang")).isEqualTo("vi");
        assertThat(parse(SampleReports.emptyDraftInEnglish())
                        .getDocumentElement()
                        .getAttribute("lang"))
                .isEqualTo("en");
        assertThat(page.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Kết quả công tác hợp tác quốc tế quý I năm 2021");
    }

    @Test
    void pageIsSelfContainedWithA4PrintCss() throws Exception {
        String html = html(SampleReports.quarterly());
        assertThat(html).contains("<style>", "size: 210mm 297mm", "margin: 20mm 15mm 20mm 30mm", "Times New Roman");
        assertThat(html).doesNotContain("<link", "<script", "src=", "href=", "url(");
    }

    @Test
    void textFromUsersIsEscaped() throws Exception {
        Document page = parse(SampleReports.hostile());
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("b").getLength()).isZero();
        String text = page.getDocumentElement().getTextContent();
        // The control characters XML cannot hold are dropped; everything else reads as it was typed.
        String visible = SampleReports.HOSTILE.replace("\u0007", "").replace("\u0000", "");
        assertThat(text).contains(visible, "Hoạt động <b>", SampleReports.UNBROKEN);
        assertThat(html(SampleReports.hostile())).doesNotContain("<script>", "<b>");
    }

    @Test
    void lineBreaksInCellsBecomeBrElements() throws Exception {
        Document page = parse(SampleReports.quarterly());
        NodeList cells = page.getElementsByTagName("td");
        Element title = null;
        for (int i = 0; i < cells.getLength() && title == null; i++) {
            Element cell = (Element) cells.item(i);
            title = cell.getTextContent().startsWith(SampleReports.WORKSHOP) ? cell : null;
        }
        assertThat(title).isNotNull();
        assertThat(title.getElementsByTagName("br").getLength()).isEqualTo(1);
        assertThat(title.getFirstChild().getTextContent()).isEqualTo(SampleReports.WORKSHOP);
    }

    @Test
    void structureFollowsTheDocx() throws Exception {
        Document page = parse(SampleReports.quarterly());
        assertThat(texts(page.getElementsByTagName("h2")))
                .containsExactly(
                        "I. TÌNH HÌNH CHUNG",
                        "II. KẾT QUẢ THỰC HIỆN",
                        "III. ĐÁNH GIÁ CHUNG",
                        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                        "V. KIẾN NGHỊ, ĐỀ XUẤT");
        assertThat(texts(page.getElementsByTagName("h3")))
                .containsExactly(
                        "1. Hợp tác song phương",
                        "2. Nhóm các cơ quan phòng, chống tham nhũng Đông Nam Á (ASEAN-PAC)",
                        "1. Ưu điểm",
                        "2. Hạn chế, nguyên nhân");
        NodeList tables = page.getElementsByTagName("table");
        assertThat(((Element) tables.item(0)).getAttribute("class")).isEqualTo("layout");
        assertThat(page.getDocumentElement().getTextContent())
                .contains("Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", SampleReports.SIGNER, SampleReports.ALPHABET);
    }

    @Test
    void annexesFollowTheClosingEachOnANewPrintedPage() throws Exception {
        String html = html(SampleReports.quarterly());
        assertThat(html).contains("div.annex { page-break-before: always; }");
        Document page = parse(SampleReports.quarterly());
        List<Element> annexes = new ArrayList<>();
        NodeList divs = page.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            if (((Element) divs.item(i)).getAttribute("class").equals("annex")) {
                annexes.add((Element) divs.item(i));
            }
        }
        assertThat(annexes).hasSize(3);
        assertThat(annexes)
                .extracting(annex -> annex.getElementsByTagName("p").item(0).getTextContent())
                .containsExactly("Phụ lục I", "Phụ lục II", "Phụ lục III");
        Element closing = (Element) page.getElementsByTagName("tr").item(0);
        for (int i = 0; i < page.getElementsByTagName("tr").getLength(); i++) {
            Element row = (Element) page.getElementsByTagName("tr").item(i);
            if (row.getAttribute("class").equals("closing")) {
                closing = row;
            }
        }
        assertThat(closing.compareDocumentPosition(annexes.get(0)) & Node.DOCUMENT_POSITION_FOLLOWING)
                .isNotZero();
        assertThat(texts(annexes.get(2).getElementsByTagName("th")))
                .containsExactly("STT", "Hoạt động", "Thời gian ghi nhận", "Bộ phận phụ trách");
        assertThat(html).contains("<p class=\"note\">(*) Hoạt động chỉ xác định được năm");
    }

    @Test
    void nothingOfTheMachineIsPrintedAndTheProvenanceIsInMetaElements() throws Exception {
        ReportContent quarterly = SampleReports.quarterly();
        Document page = parse(quarterly);
        MachineText.assertNoneIn(page.getElementsByTagName("body").item(0).getTextContent());
        Map<String, String> meta = new LinkedHashMap<>();
        NodeList elements = page.getElementsByTagName("meta");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.getAttribute("name").startsWith("cooplog.")) {
                meta.put(element.getAttribute("name"), element.getAttribute("content"));
            }
        }
        assertThat(meta).containsExactlyEntriesOf(quarterly.metadata());
    }

    @Test
    void theReferenceIsPrintedAtTheFootOfEveryPage() throws Exception {
        assertThat(html(SampleReports.quarterly()))
                .contains("@page { @bottom-left { content: \"Mã tra cứu: mofa-2021-Q1\"; } }")
                .contains("<p class=\"reference\">Mã tra cứu: mofa-2021-Q1</p>");
        assertThat(html(SampleReports.emptyDraftInEnglish()))
                .doesNotContain("@bottom-left { content", "class=\"reference\"");
        // A reference cannot end the CSS string or the style element.
        String hostile = html(SampleReports.hostile());
        assertThat(hostile.substring(hostile.indexOf("<style>"), hostile.indexOf("</style>")))
                .doesNotContain("<script", "\"x\"");
        assertThat(parse(SampleReports.hostile()).getElementsByTagName("style").getLength())
                .isEqualTo(1);
    }

    @Test
    void theEnglishDraftHasItsBodyAndAnnexes() throws Exception {
        Document page = parse(SampleReports.emptyDraftInEnglish());
        assertThat(texts(page.getElementsByTagName("h2")))
                .containsExactly(
                        "I. GENERAL SITUATION",
                        "II. RESULTS",
                        "III. GENERAL ASSESSMENT",
                        "IV. DIRECTIONS AND TASKS FOR THE NEXT PERIOD",
                        "V. RECOMMENDATIONS AND PROPOSALS");
        assertThat(page.getDocumentElement().getTextContent()).contains("Annex I", "Annex II", "None.");
    }

    @Test
    void draftIsMarked() throws Exception {
        assertThat(html(SampleReports.hostile())).contains("<div class=\"draft\"><span>DỰ THẢO</span>");
        assertThat(html(SampleReports.emptyDraftInEnglish())).contains("<span>DRAFT</span>");
        assertThat(html(SampleReports.quarterly())).doesNotContain("class=\"draft\"");
    }

    private static String html(ReportContent content) {
        return new String(new HtmlRenderer().render(content, SampleReports.DATE).bytes(), StandardCharsets.UTF_8);
    }

    private static Document parse(ReportContent content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(
                        new HtmlRenderer().render(content, SampleReports.DATE).bytes()));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
