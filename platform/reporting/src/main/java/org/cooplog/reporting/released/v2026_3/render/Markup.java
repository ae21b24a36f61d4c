package org.cooplog.reporting.released.v2026_3.render;

import java.util.Locale;

/**
 * XHTML written by hand: every text from the content is escaped and made {@link PrintableText}, so the page is
 * well-formed for an XML parser and safe to show whatever a user typed into a title. The page is encoded as it is
 * written, a few kilobytes at a time, so that a long report is held once, as UTF-8, rather than also as text.
 */
final class Markup {

    private final StringBuilder html = new StringBuilder(ChunkedBytes.TEXT_CHUNK + 1024);
    private final ChunkedBytes bytes = new ChunkedBytes();

    /** Opens an element; {@code attributes} are pairs of name and value, the values escaped here. */
    Markup open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            html.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], false);
            html.append('"');
        }
        html.append('>');
        return this;
    }

    /** An element with no content, e.g. {@code <col .../>}: self-closed, as XHTML has it. */
    Markup empty(String tag, String... attributes) {
        open(tag, attributes);
        html.setLength(html.length() - 1);
        html.append("/>");
        return this;
    }

    Markup close(String tag) {
        html.append("</").append(tag).append(">\n");
        // Encoded only here, after a tag: a chunk never ends in half a surrogate pair.
        bytes.writeUtf8IfLong(html);
        return this;
    }

    /** An element holding text, "\n" in the text a line break. */
    Markup element(String tag, String text, String... attributes) {
        open(tag, attributes);
        escape(text, true);
        return close(tag);
    }

    Markup raw(String markup) {
        html.append(markup);
        return this;
    }

    /** A width as CSS writes it, the same in every locale. */
    static String mm(double millimetres) {
        return String.format(Locale.ROOT, "%.1fmm", millimetres);
    }

    static String percent(int thousandths) {
        return String.format(Locale.ROOT, "%.1f%%", thousandths / 10.0);
    }

    /** The page as written, in UTF-8; nothing may be written after. */
    ChunkedBytes bytes() {
        bytes.writeUtf8(html);
        return bytes;
    }

    private void escape(String text, boolean lineBreaks) {
        String printable = PrintableText.of(text);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append(lineBreaks ? "<br/>" : " ");
                default -> html.append(c);
            }
        }
    }
}
