package org.cooplog.reporting.released.v2026_3.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of the PDF as they fill: A4 with Decree 30's margins, a cursor going down the text area, a new page when
 * a block does not fit, the page number at the top centre from page 2. Positions are in points from the top left of
 * the text area. Every text drawn also goes into a digest, the document's ID being made from what its pages show.
 *
 * <p>Pages are written as PDFBox's {@code PDPageContentStream} writes them (same operators, same bytes, the page's
 * resources and contents set in the same order), through {@link PdfContent}; a character's glyph code is looked up
 * once per document and face. Fonts are subset when the canvas closes, as saving would have done.
 */
final class PdfCanvas implements Closeable {

    private static final double LEFT = PdfText.mmToPt(PageLayout.LEFT_MM);
    private static final double TOP = PdfText.mmToPt(PageLayout.TOP_MM);
    private static final double HEIGHT = PdfText.mmToPt(PageLayout.HEIGHT_MM);
    static final double TEXT_WIDTH = PdfText.mmToPt(PageLayout.TEXT_WIDTH_MM);
    static final double TEXT_HEIGHT = HEIGHT - TOP - PdfText.mmToPt(PageLayout.BOTTOM_MM);
    private static final double EPSILON = 1e-6;
    private static final PdfText PAGE_NUMBER = PdfText.centred(SerifFonts.Face.REGULAR, PageLayout.HEADING_PT);

    private final PDDocument document;
    private final MessageDigest digest;
    private final Map<SerifFonts.Face, Glyphs> fonts = new EnumMap<>(SerifFonts.Face.class);
    /** The fonts shown so far, in the order first shown: what saving would subset. */
    private final Set<Glyphs> shown = new LinkedHashSet<>();

    private final PdfContent content = new PdfContent();
    private PDStream page;
    private PDResources resources;
    private int pages;
    private double cursor;
    private double pending;
    private Glyphs font;
    private double size;
    private double lineWidth = -1;
    private final ByteBuffer digested = ByteBuffer.allocate(20);
    private byte[] utf8 = new byte[1024];

    PdfCanvas(PDDocument document, MessageDigest digest) throws IOException {
        this.document = document;
        this.digest = digest;
        for (SerifFonts.Face face : SerifFonts.Face.values()) {
            fonts.put(
                    face, new Glyphs(PDType0Font.load(document, new RandomAccessReadBuffer(face.bytes), true, false)));
        }
    }

    /** What is left of the page below the cursor. */
    double room() {
        return TEXT_HEIGHT - cursor;
    }

    /** Space below what was placed last; it collapses with the space above what comes next, as CSS margins do. */
    void space(double points) {
        pending = Math.max(pending, points);
    }

    /**
     * Room for a block of {@code height} points with {@code above} points of space over it: on this page if it fits,
     * else at the top of a new one, where the space is dropped. Returns the block's top.
     */
    double place(double above, double height) throws IOException {
        double gap = gap(above);
        pending = 0;
        if (page == null || (cursor > 0 && gap + height > room() + EPSILON)) {
            newPage();
        } else {
            cursor += gap;
        }
        double top = cursor;
        cursor += height;
        return top;
    }

    /** Whether a block of {@code height} points would still fit on this page. */
    boolean fits(double above, double height) {
        return page != null && gap(above) + height <= room() + EPSILON;
    }

    /** The space a block with {@code above} points over it would leave: none at the top of a page. */
    double gap(double above) {
        return cursor > 0 ? Math.max(pending, above) : 0;
    }

    void newPage() throws IOException {
        endPage();
        PDPage next = new PDPage(new PDRectangle((float) PdfText.mmToPt(PageLayout.WIDTH_MM), (float) HEIGHT));
        document.addPage(next);
        // As PDPageContentStream opens a page: its resources, then its contents.
        page = new PDStream(document);
        if (next.getResources() == null) {
            next.setResources(new PDResources());
        }
        resources = next.getResources();
        next.setContents(page);
        content.clear();
        font = null;
        lineWidth = -1;
        cursor = 0;
        pending = 0;
        if (++pages > 1) {
            String number = String.valueOf(pages);
            double band = TOP / 2 + (PAGE_NUMBER.face().ascent - PAGE_NUMBER.face().descent) / 2 * PAGE_NUMBER.size();
            double width = PAGE_NUMBER.face().width(number, PAGE_NUMBER.size());
            text(PAGE_NUMBER, (TEXT_WIDTH - width) / 2, band - TOP, number, 0);
        }
    }

    /**
     * A line of text with its baseline at {@code baseline}; {@code stretch} points added at each space, to justify it.
     */
    void text(PdfText style, double x, double baseline, String text, double stretch) throws IOException {
        Glyphs face = fonts.get(style.face());
        float left = (float) (LEFT + x);
        float y = (float) (HEIGHT - TOP - baseline);
        content.operator("BT");
        if (face != font || style.size() != size) {
            // The font is part of the graphics state: set once, it holds for the texts that follow.
            shown.add(face);
            content.operand(resources.add(face.font))
                    .operand((float) style.size())
                    .operator("Tf");
            font = face;
            size = style.size();
        }
        content.operand(left).operand(y).operator("Td");
        if (stretch > 0 && text.indexOf(' ') >= 0) {
            float adjustment = (float) (-stretch * 1000 / style.size());
            content.ascii("[");
            int start = 0;
            for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', start)) {
                content.string(face.encode(text, start, space + 1)).operand(adjustment);
                start = space + 1;
            }
            content.string(face.encode(text, start, text.length())).ascii("] ").operator("TJ");
        } else {
            content.string(face.encode(text, 0, text.length())).ascii(" ").operator("Tj");
        }
        content.operator("ET");
        digested.clear().putInt(pages).putInt(style.face().ordinal()).putFloat((float) style.size());
        digested.putFloat(left).putFloat(y);
        digest.update(digested.array(), 0, digested.position());
        digestUtf8(text);
    }

    /**
     * The text's UTF-8 into the digest, through one reused array: a long report draws hundreds of thousands of lines.
     * A lone surrogate, which the lines never hold, would go in as "?", as Java's encoder has it.
     */
    private void digestUtf8(String text) {
        if (text.length() * 3 > utf8.length) {
            utf8 = new byte[text.length() * 3];
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                utf8[n++] = (byte) c;
            } else if (c < 0x800) {
                utf8[n++] = (byte) (0xC0 | c >> 6);
                utf8[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                utf8[n++] = (byte) (0xF0 | cp >> 18);
                utf8[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                utf8[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                utf8[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                utf8[n++] = '?';
            } else {
                utf8[n++] = (byte) (0xE0 | c >> 12);
                utf8[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                utf8[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        digest.update(utf8, 0, n);
    }

    /** A straight line {@code width} points thick. */
    void line(double x1, double y1, double x2, double y2, double width) throws IOException {
        lineWidth(width);
        content.operand((float) (LEFT + x1))
                .operand((float) (HEIGHT - TOP - y1))
                .operator("m");
        content.operand((float) (LEFT + x2))
                .operand((float) (HEIGHT - TOP - y2))
                .operator("l");
        content.operator("S");
    }

    /** The outline of a box, its edges {@code width} points thick. */
    void box(double x, double y, double w, double h, double width) throws IOException {
        lineWidth(width);
        content.operand((float) (LEFT + x))
                .operand((float) (HEIGHT - TOP - y - h))
                .operand((float) w)
                .operand((float) h)
                .operator("re");
        content.operator("S");
    }

    private void lineWidth(double width) {
        if (width != lineWidth) {
            content.operand((float) width).operator("w");
            lineWidth = width;
        }
    }

    /** Ends the last page and subsets the fonts shown, as saving the document would. */
    @Override
    public void close() throws IOException {
        endPage();
        for (Glyphs face : shown) {
            face.font.subset();
        }
        shown.clear();
    }

    private void endPage() throws IOException {
        if (page != null) {
            try (OutputStream out = page.createOutputStream(COSName.FLATE_DECODE)) {
                content.writeTo(out);
            }
            page = null;
        }
    }

    /**
     * A face's font in this document, and the glyph code of each character shown in it, found once: the font's own
     * lookup boxes every character, and a long report shows millions. A character is put in the font's subset the
     * first time it is shown, as showing it through PDFBox would.
     */
    static final class Glyphs {

        private static final int TABLE = 0x2100;

        final PDType0Font font;
        private final byte[][] codes = new byte[TABLE][];
        private final Map<Integer, byte[]> beyond = new HashMap<>();
        private byte[] scratch = new byte[256];

        Glyphs(PDType0Font font) {
            this.font = font;
        }

        /** The glyph codes of {@code text} from {@code start} to {@code end}, as {@code PDFont.encode} gives them. */
        byte[] encode(String text, int start, int end) throws IOException {
            int length = 0;
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                byte[] code = code(c);
                if (length + code.length > scratch.length) {
                    scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, length + code.length));
                }
                System.arraycopy(code, 0, scratch, length, code.length);
                length += code.length;
                i += Character.charCount(c);
            }
            return Arrays.copyOf(scratch, length);
        }

        private byte[] code(int c) throws IOException {
            byte[] code = c < TABLE ? codes[c] : beyond.get(c);
            if (code == null) {
                code = font.encode(new String(Character.toChars(c)));
                font.addToSubset(c);
                if (c < TABLE) {
                    codes[c] = code;
                } else {
                    beyond.put(c, code);
                }
            }
            return code;
        }
    }
}
