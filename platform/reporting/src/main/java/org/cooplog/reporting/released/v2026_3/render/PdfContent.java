package org.cooplog.reporting.released.v2026_3.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * The operators of one page's content stream, written as PDFBox's {@code PDPageContentStream} writes them, with
 * PDFBox's own formatting of numbers, names and strings, so the bytes are the same; but into one array that the next
 * page reuses, instead of PDFBox's stream cache a few bytes per call, which was a fifth of the time of a long report.
 */
final class PdfContent extends OutputStream {

    /** {@code PDPageContentStream}'s precision: five digits after the point. */
    private static final int FRACTION_DIGITS = 5;

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private final byte[] number = new byte[32];

    /**
     * Numbers as formatted before: a page repeats its columns' edges and its lines' baselines thousands of times, and
     * formatting was a sixth of the PDF's time. One slot per hash; a collision formats again.
     */
    private static final int NUMBER_SLOTS_LOG2 = 12;

    private final byte[][] numbers = new byte[1 << NUMBER_SLOTS_LOG2][];
    private final int[] numberBits = new int[1 << NUMBER_SLOTS_LOG2];

    /** Empty again, for the next page. */
    void clear() {
        size = 0;
    }

    /** What was written since the last {@link #clear()}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** An operator ends its line. */
    PdfContent operator(String name) {
        ascii(name);
        write('\n');
        return this;
    }

    /** A number operand, then a space. */
    PdfContent operand(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(value + " is not a finite number");
        }
        int bits = Float.floatToRawIntBits(value);
        int slot = ((bits ^ (bits >>> 15)) * 0x9E3779B9) >>> (32 - NUMBER_SLOTS_LOG2);
        byte[] text = numbers[slot];
        if (text == null || numberBits[slot] != bits) {
            int length = NumberFormatUtil.formatFloatFast(value, FRACTION_DIGITS, number);
            if (length < 0) {
                throw new IllegalArgumentException(value + " is beyond the page");
            }
            text = Arrays.copyOf(number, length);
            numbers[slot] = text;
            numberBits[slot] = bits;
        }
        write(text, 0, text.length);
        write(' ');
        return this;
    }

    /** A name operand, such as a font's resource name, then a space. */
    PdfContent operand(COSName name) throws IOException {
        name.writePDF(this);
        write(' ');
        return this;
    }

    /** A string of encoded glyphs, literal or hexadecimal as PDFBox chooses, with nothing after it. */
    PdfContent string(byte[] encoded) throws IOException {
        COSWriter.writeString(encoded, this);
        return this;
    }

    /** Text that is not an operator, such as the brackets of an array. */
    PdfContent ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
        return this;
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, from.length);
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.ISO_8859_1);
    }
}
