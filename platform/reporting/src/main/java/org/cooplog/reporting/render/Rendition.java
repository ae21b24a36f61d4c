package org.cooplog.reporting.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.cooplog.events.report.ReportFormat;

/**
 * One format of a report, as issued: its bytes are what ReportIssued's digest is taken of, so they are copied out
 * and compared by content. A renderer hands over the array it made; anyone else's array is copied in.
 */
public final class Rendition {

    private final ReportFormat format;
    private final String mediaType;
    private final String fileExtension;
    private final byte[] bytes;

    /**
     * @param mediaType e.g. {@code application/pdf}
     * @param fileExtension without the dot, e.g. {@code pdf}
     */
    public Rendition(ReportFormat format, String mediaType, String fileExtension, byte[] bytes) {
        this(bytes.clone(), format, mediaType, fileExtension);
    }

    private Rendition(byte[] bytes, ReportFormat format, String mediaType, String fileExtension) {
        this.format = Objects.requireNonNull(format, "format");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
        this.bytes = bytes;
    }

    /**
     * A rendition of an array no one else holds: a report's renditions are megabytes each, and a copy of each in a
     * heap mostly taken by the read model is what made the collector compact it.
     */
    static Rendition of(ReportFormat format, String mediaType, String fileExtension, byte[] madeHere) {
        return new Rendition(madeHere, format, mediaType, fileExtension);
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
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The SHA-256 of the bytes, as ReportIssued records it. */
    public byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
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
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Rendition[" + format + ", " + mediaType + ", " + bytes.length + " bytes, sha256=" + sha256Hex() + "]";
    }
}
