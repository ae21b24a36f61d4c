package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.CountTable;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Figure;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Section;
import org.cooplog.reporting.render.Rendition;

/**
 * The report as one self-contained XHTML page: the preview a report officer reads in a browser. Its print CSS sets the
 * A4 page of Decree 30 with the sizes, spacing and column widths the PDF is drawn with, so both show the same
 * document.
 */
final class HtmlRenderer implements ReportRenderer {

    private static final String STYLE = style();

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        return page(content).rendition(format(), "text/html; charset=UTF-8", "html");
    }

    /** The page in UTF-8: XHTML, so that an XML parser reads it as well as a browser. */
    private static ChunkedBytes page(ReportContent content) {
        RenderWords words = new RenderWords(content.language());
        Markup page = new Markup();
        page.raw("<!DOCTYPE html>\n");
        page.open(
                "html",
                "xmlns",
                "http://www.w3.org/1999/xhtml",
                "lang",
                content.language(),
                "xml:lang",
                content.language());
        page.raw("\n<head>\n<meta charset=\"UTF-8\"/>\n");
        page.element("title", content.heading().summary());
        page.raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n");
        page.open("body").raw("\n");
        if (content.draft()) {
            HtmlHeading.draftMark(page, words.draft());
        }
        HtmlHeading.heading(page, content.heading());
        page.element("h2", "I. " + words.overview());
        content.introduction().forEach(text -> page.element("p", text));
        if (!content.totals().isEmpty()) {
            figures(page, null, content.totals());
        }
        for (CountTable table : content.counts()) {
            page.element("h3", table.title());
            if (table.rows().isEmpty()) {
                page.element("p", words.none());
            } else {
                figures(page, table, table.rows());
            }
        }
        content.sections().forEach(section -> section(page, section));
        HtmlHeading.closing(page, content.closing());
        page.open("div", "class", "provenance");
        page.element("p", content.provenance().title(), "class", "title");
        content.provenance().lines().forEach(line -> page.element("p", line));
        page.close("div");
        page.close("body").close("html");
        return page.bytes();
    }

    private static void figures(Markup page, CountTable header, List<Figure> rows) {
        page.open("table", "class", "grid figures");
        columns(page, widths(DocxRenderer.FIGURES));
        if (header != null) {
            page.open("thead").open("tr");
            page.element("th", header.labelHeader());
            page.element("th", header.countHeader());
            page.close("tr").close("thead");
        }
        page.open("tbody");
        for (Figure figure : rows) {
            page.open("tr").element("td", figure.label());
            page.element("td", String.valueOf(figure.value()), "class", "count");
            page.close("tr");
        }
        page.close("tbody").close("table");
    }

    private static void section(Markup page, Section section) {
        page.element("h2", section.number() + ". " + section.title());
        section.paragraphs().forEach(text -> page.element("p", text));
        if (section.columns().isEmpty()) {
            return;
        }
        page.open("table", "class", "grid activities");
        columns(page, widths(ColumnWidths.of(section)));
        page.open("thead").open("tr");
        section.columns().forEach(name -> page.element("th", name));
        page.close("tr").close("thead").open("tbody");
        for (List<String> row : section.rows()) {
            page.open("tr");
            for (int c = 0; c < section.columns().size(); c++) {
                page.element("td", c < row.size() ? row.get(c) : "", "class", c == 0 ? "number" : "text");
            }
            page.close("tr");
        }
        page.close("tbody").close("table");
    }

    /** Each column's width as CSS, set on the columns: a fixed table layout follows them. */
    private static List<String> widths(List<Integer> shares) {
        return shares.stream().map(share -> "width: " + Markup.percent(share)).toList();
    }

    private static void columns(Markup page, List<String> widths) {
        page.open("colgroup");
        widths.forEach(width -> page.empty("col", "style", width));
        page.close("colgroup");
    }

    private static String style() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
