package org.cooplog.reporting.render;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.cooplog.events.report.ReportFormat;

/**
 * One format of a report, as issued: its bytes are what ReportIssued's digest is taken of, so they are copied out
 * and compared by content. A renderer hands over the chunks it wrote: a report's renditions are megabytes each, and
 * in a projector whose heap is mostly the read model, putting them together in one array made the collector compact
 * the heap; anyone else's array is copied in.
 */
public final class Rendition {

    private final ReportFormat format;
    private final String mediaType;
    private final String fileExtension;
    private final byte[][] chunks;
    private final int size;

    /**
     * @param mediaType e.g. {@code application/pdf}
     * @param fileExtension without the dot, e.g. {@code pdf}
     */
    public Rendition(ReportFormat format, String mediaType, String fileExtension, byte[] bytes) {
        this(new byte[][] {bytes.clone()}, format, mediaType, fileExtension);
    }

    private Rendition(byte[][] chunks, ReportFormat format, String mediaType, String fileExtension) {
        this.format = Objects.requireNonNull(format, "format");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
        long total = 0;
        for (byte[] chunk : chunks) {
            total += chunk.length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a rendition of " + total + " bytes is more than one array holds");
        }
        this.chunks = chunks;
        this.size = (int) total;
    }

    /** A rendition of what a renderer wrote, taken over without a copy. */
    static Rendition of(ReportFormat format, String mediaType, String fileExtension, ChunkedBytes written) {
        return new Rendition(written.chunks(), format, mediaType, fileExtension);
    }

    public ReportFormat format() {
        return format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileExtension() {
        return fileExtension;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }

    /** The bytes, written out without a copy of them all. */
    public void writeTo(OutputStream out) throws IOException {
        for (byte[] chunk : chunks) {
            out.write(chunk);
        }
    }

    public int size() {
        return size;
    }

    /** The SHA-256 of the bytes, as ReportIssued records it. */
    public byte[] sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] chunk : chunks) {
                digest.update(chunk);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rendition that
                && format == that.format
                && mediaType.equals(that.mediaType)
                && fileExtension.equals(that.fileExtension)
                && size == that.size
                && sameBytes(that);
    }

    /** Byte by byte, whatever the chunks of each. */
    private boolean sameBytes(Rendition that) {
        int i = 0;
        int at = 0;
        int j = 0;
        int bt = 0;
        for (int left = size; left > 0; ) {
            while (at == chunks[i].length) {
                i++;
                at = 0;
            }
            while (bt == that.chunks[j].length) {
                j++;
                bt = 0;
            }
            int n = Math.min(Math.min(chunks[i].length - at, that.chunks[j].length - bt), left);
            if (!java.util.Arrays.equals(chunks[i], at, at + n, that.chunks[j], bt, bt + n)) {
                return false;
            }
            at += n;
            bt += n;
            left -= n;
        }
        return true;
    }

    /** As {@link java.util.Arrays#hashCode(byte[])} of the bytes, with the format. */
    @Override
    public int hashCode() {
        int hash = 1;
        for (byte[] chunk : chunks) {
            for (byte b : chunk) {
                hash = 31 * hash + b;
            }
        }
        return 31 * format.hashCode() + hash;
    }

    @Override
    public String toString() {
        return "Rendition[" + format + ", " + mediaType + ", " + size + " bytes, sha256=" + sha256Hex() + "]";
    }
}
