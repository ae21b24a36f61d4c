package org.cooplog.reporting.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.cooplog.events.report.ReportFormat;

/**
 * One format of a report, as issued: its bytes are what ReportIssued's digest is taken of, so they are copied in and
 * out and compared by content.
 *
 * @param mediaType e.g. {@code application/pdf}
 * @param fileExtension without the dot, e.g. {@code pdf}
 */
public record Rendition(ReportFormat format, String mediaType, String fileExtension, byte[] bytes) {

    public Rendition {
        bytes = bytes.clone();
    }

    @Override
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
