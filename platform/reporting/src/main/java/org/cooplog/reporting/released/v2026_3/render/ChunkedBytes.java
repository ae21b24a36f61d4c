package org.cooplog.reporting.released.v2026_3.render;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.render.Rendition;

/**
 * Bytes written in chunks of 64 kB, put together once at the end. A growing {@link java.io.ByteArrayOutputStream}
 * copies everything written so far each time it doubles, and a report's multi-megabyte buffers are objects larger
 * than the collector's regions: in a projector whose heap is mostly the read model, finding room for them forced full
 * collections. Chunks fit in any region. The rendition is made of one array ({@link #rendition}): the rendition class
 * is shared with the live template, and only its own package may hand it chunks.
 */
final class ChunkedBytes extends OutputStream {

    private static final int CHUNK = 1 << 16;

    /** How many characters a text builder gathers before {@link #writeUtf8IfLong} encodes them. */
    static final int TEXT_CHUNK = 1 << 15;

    private final List<byte[]> filled = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            next();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        while (length > 0) {
            if (used == CHUNK) {
                next();
            }
            int taken = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, current, used, taken);
            used += taken;
            offset += taken;
            length -= taken;
        }
    }

    /** How many bytes were written. */
    long size() {
        return (long) filled.size() * CHUNK + used;
    }

    /**
     * The text's UTF-8, and the builder emptied for more. Callers encode at a boundary of their own (a tag, a value, a
     * line), so a surrogate pair is never cut in two.
     */
    void writeUtf8(StringBuilder text) {
        byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
        write(encoded, 0, encoded.length);
        text.setLength(0);
    }

    /** The rendition of what was written; the same bytes as the chunks. */
    Rendition rendition(ReportFormat format, String mediaType, String fileExtension) {
        return new Rendition(format, mediaType, fileExtension, toByteArray());
    }

    /**
     * The text's UTF-8 once the builder holds a few kilobytes, so a long text is held once, as UTF-8, rather than also
     * as characters; the same boundaries as {@link #writeUtf8}.
     */
    void writeUtf8IfLong(StringBuilder text) {
        if (text.length() >= TEXT_CHUNK) {
            writeUtf8(text);
        }
    }

    /** Everything written, in one array of exactly that size. */
    byte[] toByteArray() {
        long size = size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a rendition of " + size + " bytes is more than one array holds");
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : filled) {
            System.arraycopy(chunk, 0, all, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        return all;
    }

    private void next() {
        filled.add(current);
        current = new byte[CHUNK];
        used = 0;
    }
}
