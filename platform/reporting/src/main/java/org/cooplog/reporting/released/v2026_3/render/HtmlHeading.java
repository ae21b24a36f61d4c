package org.cooplog.reporting.released.v2026_3.render;

import org.cooplog.reporting.released.v2026_3.content.ReportContent.Closing;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Heading;

/** The top and the end of the HTML page, laid out as the DOCX lays them out under Decree 30/2020/NĐ-CP. */
final class HtmlHeading {

    private HtmlHeading() {}

    static void draftMark(Markup page, String mark) {
        page.open("div", "class", "draft").element("span", mark).close("div");
    }

    static void heading(Markup page, Heading heading) {
        double left = PageLayout.HEADING_LEFT_MM;
        double right = PageLayout.TEXT_WIDTH_MM - left;
        layoutTable(page, left, right);
        page.open("tr").open("td");
        page.element("p", heading.governingBody(), "class", "governing");
        page.element("p", heading.issuingUnit(), "class", "unit");
        double unit = Math.min(width(heading.issuingUnit(), PageLayout.HEADING_PT), left);
        rule(page, unit * 0.4);
        page.close("td").open("td");
        page.element("p", heading.nationalTitle(), "class", "nation");
        page.element("p", heading.motto(), "class", "motto");
        rule(page, width(heading.motto(), PageLayout.BODY_PT));
        page.close("td").close("tr");
        page.open("tr");
        page.open("td")
                .element("p", heading.documentNumber(), "class", "number")
                .close("td");
        page.open("td").element("p", heading.placeAndDate(), "class", "date").close("td");
        page.close("tr").close("table");

        page.element("p", heading.documentType(), "class", "type");
        page.element("p", heading.summary(), "class", "summary");
        rule(page, Math.min(width(heading.summary(), PageLayout.BODY_PT), PageLayout.TEXT_WIDTH_MM) * 0.4);
        page.element("p", heading.addressee(), "class", "addressee");
    }

    static void closing(Markup page, Closing closing) {
        layoutTable(page, PageLayout.CLOSING_LEFT_MM, PageLayout.TEXT_WIDTH_MM - PageLayout.CLOSING_LEFT_MM);
        page.raw("<tr class=\"closing\">").open("td");
        page.element("p", closing.recipientsTitle(), "class", "copies-title");
        closing.recipients().forEach(line -> page.element("p", line, "class", "copies"));
        page.close("td").open("td");
        if (closing.authority() != null) {
            page.element("p", closing.authority(), "class", "signer first");
            page.element("p", closing.signerTitle(), "class", "signer");
        } else {
            page.element("p", closing.signerTitle(), "class", "signer first");
        }
        page.element("p", closing.signerName(), "class", "signer name");
        page.close("td").close("tr").close("table");
    }

    private static void layoutTable(Markup page, double left, double right) {
        page.open("table", "class", "layout");
        page.open("colgroup")
                .empty("col", "style", "width: " + Markup.mm(left))
                .empty("col", "style", "width: " + Markup.mm(right))
                .close("colgroup");
    }

    /** A centred line of the given length, in millimetres, under the text above. */
    private static void rule(Markup page, double millimetres) {
        page.open("div", "class", "rule", "style", "width: " + Markup.mm(millimetres))
                .close("div");
    }

    /** The width of one line of bold text, in millimetres. */
    private static double width(String text, double sizePt) {
        return PageLayout.pointsToMm(SerifFonts.Face.BOLD.width(text, sizePt));
    }
}
