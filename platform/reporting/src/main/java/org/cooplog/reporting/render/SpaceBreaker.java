package org.cooplog.reporting.render;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Lines of the PDF break at spaces only, as Word breaks the DOCX: the JDK's line breaker would split a document
 * symbol such as "02/2021/TT-TTCP" at its slash. A word too long for its column is still broken, by the CSS
 * {@code word-wrap: break-word}.
 */
final class SpaceBreaker implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String text) {
        this.text = text;
        this.position = 0;
    }

    @Override
    public int next() {
        if (position >= text.length()) {
            return -1;
        }
        int at = position;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        position = at;
        return at;
    }
}
