package org.cooplog.reporting.render;

import java.text.Normalizer;

/**
 * Text as a document can hold it: in NFC, and without the control characters and lone surrogates that XML 1.0
 * forbids. A title pasted with such a character would otherwise make the DOCX unreadable to Word and the HTML
 * unparseable for the PDF.
 */
final class PrintableText {

    private PrintableText() {}

    static String of(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().filter(PrintableText::allowedInXml).forEach(kept::appendCodePoint);
        return kept.toString();
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
