package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cooplog.reporting.content.ReportContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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
        List<String> headings = texts(page.getElementsByTagName("h2"));
        assertThat(headings)
                .containsExactly(
                        "I. TÌNH HÌNH CHUNG",
                        "II. KẾT QUẢ CÁC HOẠT ĐỘNG TRONG KỲ",
                        "III. THỰC HIỆN SO VỚI KẾ HOẠCH",
                        "IV. ĐOÀN RA, ĐOÀN VÀO",
                        "VI. ĐÍNH CHÍNH THÔNG TIN ĐÃ BÁO CÁO",
                        "VII. HOẠT ĐỘNG CHƯA XÁC ĐỊNH CHÍNH XÁC THỜI GIAN");
        assertThat(texts(page.getElementsByTagName("h3")))
                .containsExactly("Theo lĩnh vực hợp tác", "Theo hình thức", "Theo đối tác");
        NodeList tables = page.getElementsByTagName("table");
        assertThat(((Element) tables.item(0)).getAttribute("class")).isEqualTo("layout");
        assertThat(((Element) tables.item(tables.getLength() - 1)).getAttribute("class"))
                .isEqualTo("layout");
        assertThat(page.getDocumentElement().getTextContent())
                .contains("Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", SampleReports.SIGNER, SampleReports.ALPHABET);
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
