package org.cooplog.reporting.released.v2026_3.render;

import java.text.Normalizer;

/**
 * Text as a document can hold it: in NFC, and without the control characters and lone surrogates that XML 1.0
 * forbids. A title pasted with such a character would otherwise make the DOCX unreadable to Word and the HTML
 * unparseable for the PDF.
 */
final class PrintableText {

    private PrintableText() {}

    static String of(String text) {
        if (plain(text)) {
            return text;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().filter(PrintableText::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Whether a text is already as a document holds it: printable Latin, precomposed Vietnamese letters and common
     * punctuation, which NFC leaves alone. Most texts are, and are then kept as they are, without the cost of
     * normalising them.
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stable = (c >= 0x20 && c < 0x300) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027);
            if (!stable && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** XML 1.0's Char production; a lone surrogate is not a character either. */
    private static boolean allowedInXml(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
