package org.cooplog.reporting.released.v2026_3.render;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The DOCX as a ZIP that is the same on every run: POI dates entries by the clock and orders them as it pleases, so
 * its package is rewritten with {@code [Content_Types].xml} first, the rest in name order, all dated the document
 * date. The activity tables' body rows are written into the document part on the way, straight into the ZIP.
 */
final class DocxZip {

    private static final String DOCUMENT = "word/document.xml";
    private static final byte[] TABLE_END = "</w:tbl>".getBytes(StandardCharsets.US_ASCII);

    private DocxZip() {}

    static ChunkedBytes normalised(byte[] zip, LocalDateTime date, List<DocxRows> rows) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        ChunkedBytes out = new ChunkedBytes();
        try (ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry written = new ZipEntry(entry.getKey());
                // Local date-time, not an instant: the DOS time field then does not depend on the JVM's time zone.
                written.setTimeLocal(date);
                zipped.putNextEntry(written);
                if (entry.getKey().equals(DOCUMENT)) {
                    document(entry.getValue(), rows, zipped);
                } else {
                    zipped.write(entry.getValue());
                }
                zipped.closeEntry();
            }
        }
        return out;
    }

    /** The document part with each table's body rows written in before the end of that table. */
    private static void document(byte[] xml, List<DocxRows> rows, OutputStream out) throws IOException {
        // Flushed, never closed: closing would close the ZIP.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        int copied = 0;
        int table = 0;
        int next = 0;
        for (int at = indexOf(xml, 0); at >= 0 && next < rows.size(); at = indexOf(xml, at + 1)) {
            if (table++ == rows.get(next).table()) {
                text.flush();
                out.write(xml, copied, at - copied);
                copied = at;
                rows.get(next++).write(text);
            }
        }
        if (next < rows.size()) {
            throw new IllegalStateException(
                    "the document has no table " + rows.get(next).table());
        }
        text.flush();
        out.write(xml, copied, xml.length - copied);
    }

    private static int indexOf(byte[] xml, int from) {
        outer:
        for (int i = from; i <= xml.length - TABLE_END.length; i++) {
            for (int j = 0; j < TABLE_END.length; j++) {
                if (xml[i + j] != TABLE_END[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** [Content_Types].xml first, as readers that stream the package expect. */
    private static int rank(String name) {
        return name.equals("[Content_Types].xml") ? 0 : 1;
    }
}
