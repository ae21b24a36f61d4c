package org.cooplog.reporting.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;

/**
 * The report as one self-contained XHTML page: the preview a report officer reads in a browser. Its print CSS sets the
 * A4 page of Decree 30 with the sizes, spacing and column widths the PDF is drawn with, so both show the same
 * document: the body, the closing, each Phụ lục from the top of a page, the reference line at the foot of every page.
 * The provenance is in {@code meta} elements of the head, never in the text.
 */
final class HtmlRenderer implements ReportRenderer {

    private static final String STYLE = style();

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public Rendition render(ReportContent content, Instant documentDate) {
        return Rendition.of(format(), "text/html; charset=UTF-8", "html", page(content));
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
        page.empty("meta", "name", "description", "content", content.heading().summary())
                .raw("\n");
        for (Map.Entry<String, String> entry : content.metadata().entrySet()) {
            page.empty("meta", "name", entry.getKey(), "content", entry.getValue())
                    .raw("\n");
        }
        page.raw("<style>\n").raw(STYLE);
        if (content.reference() != null) {
            page.raw("@page { @bottom-left { content: ")
                    .raw(cssString(content.reference()))
                    .raw("; } }\n");
        }
        page.raw("</style>\n</head>\n");
        page.open("body").raw("\n");
        if (content.draft()) {
            HtmlHeading.draftMark(page, words.draft());
        }
        HtmlHeading.heading(page, content.heading());
        for (Part part : content.body()) {
            page.element("h2", part.number() + ". " + part.title());
            for (Passage passage : part.passages()) {
                if (passage.heading() != null) {
                    page.element("h3", passage.heading());
                }
                passage.paragraphs().forEach(text -> page.element("p", text));
            }
        }
        HtmlHeading.closing(page, content.closing());
        content.annexes().forEach(annex -> annex(page, annex));
        if (content.reference() != null) {
            page.element("p", content.reference(), "class", "reference");
        }
        page.close("body").close("html");
        return page.bytes();
    }

    /** A Phụ lục, from the top of a new printed page. */
    private static void annex(Markup page, Annex annex) {
        page.open("div", "class", "annex");
        page.element("p", annex.label(), "class", "annex-label");
        page.element("p", annex.title(), "class", annex.attachedTo() == null ? "annex-title alone" : "annex-title");
        if (annex.attachedTo() != null) {
            page.element("p", annex.attachedTo(), "class", "attached");
        }
        annex.paragraphs().forEach(text -> page.element("p", text));
        if (!annex.columns().isEmpty()) {
            table(page, annex);
        }
        annex.notes().forEach(note -> page.element("p", note, "class", "note"));
        page.close("div");
    }

    private static void table(Markup page, Annex annex) {
        page.open("table", "class", "grid activities");
        page.open("colgroup");
        for (int share : ColumnWidths.of(annex)) {
            page.empty("col", "style", "width: " + Markup.percent(share));
        }
        page.close("colgroup");
        page.open("thead").open("tr");
        annex.columns().forEach(name -> page.element("th", name));
        page.close("tr").close("thead").open("tbody");
        for (List<String> row : annex.rows()) {
            page.open("tr");
            for (int c = 0; c < annex.columns().size(); c++) {
                page.element("td", c < row.size() ? row.get(c) : "", "class", c == 0 ? "number" : "text");
            }
            page.close("tr");
        }
        page.close("tbody").close("table");
    }

    /**
     * A text as a CSS string that cannot end the string or the style element: every character but letters, digits,
     * spaces and a few marks as a CSS escape.
     */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        PrintableText.of(text).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == ':' || c == '-' || c == '.' || c == ',') {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }

    private static String style() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
