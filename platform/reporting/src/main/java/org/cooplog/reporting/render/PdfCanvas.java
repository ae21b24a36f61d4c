package org.cooplog.reporting.render;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of the PDF as they fill: A4 with Decree 30's margins, a cursor going down the text area, a new page when
 * a block does not fit, the page number at the top centre from page 2. Positions are in points from the top left of
 * the text area. Every text drawn also goes into a digest, the document's ID being made from what its pages show.
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
    private final Map<SerifFonts.Face, PDFont> fonts = new EnumMap<>(SerifFonts.Face.class);
    private PDPageContentStream page;
    private int pages;
    private double cursor;
    private double pending;
    private PDFont font;
    private double size;
    private double lineWidth = -1;
    private final ByteBuffer digested = ByteBuffer.allocate(20);
    private final CharsetEncoder utf8Encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer utf8 = ByteBuffer.allocate(1024);

    PdfCanvas(PDDocument document, MessageDigest digest) throws IOException {
        this.document = document;
        this.digest = digest;
        for (SerifFonts.Face face : SerifFonts.Face.values()) {
            fonts.put(face, PDType0Font.load(document, new RandomAccessReadBuffer(face.bytes), true, false));
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
        close();
        PDPage next = new PDPage(new PDRectangle((float) PdfText.mmToPt(PageLayout.WIDTH_MM), (float) HEIGHT));
        document.addPage(next);
        page = new PDPageContentStream(document, next);
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
        PDFont face = fonts.get(style.face());
        float left = (float) (LEFT + x);
        float y = (float) (HEIGHT - TOP - baseline);
        page.beginText();
        if (face != font || style.size() != size) {
            // The font is part of the graphics state: set once, it holds for the texts that follow.
            page.setFont(face, (float) style.size());
            font = face;
            size = style.size();
        }
        page.newLineAtOffset(left, y);
        if (stretch > 0 && text.indexOf(' ') >= 0) {
            List<Object> parts = new ArrayList<>();
            float adjustment = (float) (-stretch * 1000 / style.size());
            int start = 0;
            for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', start)) {
                parts.add(text.substring(start, space + 1));
                parts.add(adjustment);
                start = space + 1;
            }
            parts.add(text.substring(start));
            page.showTextWithPositioning(parts.toArray());
        } else {
            page.showText(text);
        }
        page.endText();
        digested.clear().putInt(pages).putInt(style.face().ordinal()).putFloat((float) style.size());
        digested.putFloat(left).putFloat(y);
        digest.update(digested.array(), 0, digested.position());
        digestUtf8(text);
    }

    /** The text's UTF-8 into the digest, through one reused buffer: a long report draws hundreds of thousands. */
    private void digestUtf8(String text) {
        if (text.length() * 3 > utf8.capacity()) {
            utf8 = ByteBuffer.allocate(text.length() * 3);
        }
        utf8.clear();
        utf8Encoder.reset().encode(CharBuffer.wrap(text), utf8, true);
        utf8Encoder.flush(utf8);
        digest.update(utf8.array(), 0, utf8.position());
    }

    /** A straight line {@code width} points thick. */
    void line(double x1, double y1, double x2, double y2, double width) throws IOException {
        if (width != lineWidth) {
            page.setLineWidth((float) width);
            lineWidth = width;
        }
        page.moveTo((float) (LEFT + x1), (float) (HEIGHT - TOP - y1));
        page.lineTo((float) (LEFT + x2), (float) (HEIGHT - TOP - y2));
        page.stroke();
    }

    /** The outline of a box, its edges {@code width} points thick. */
    void box(double x, double y, double w, double h, double width) throws IOException {
        if (width != lineWidth) {
            page.setLineWidth((float) width);
            lineWidth = width;
        }
        page.addRect((float) (LEFT + x), (float) (HEIGHT - TOP - y - h), (float) w, (float) h);
        page.stroke();
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }
}
