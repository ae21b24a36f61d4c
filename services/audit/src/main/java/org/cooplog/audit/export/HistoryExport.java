package org.cooplog.audit.export;

import java.io.Writer;
import org.cooplog.audit.history.HistoryEntry;

/**
 * Writes history entries, one event a row, in a format an auditor's own tools read. The writer stays the caller's:
 * closing an export flushes it and leaves it open.
 */
public interface HistoryExport extends AutoCloseable {

    /** The formats an export can take. */
    enum Format {
        /** One JSON object a line, the same object {@code history --json} shows for each event. */
        JSONL,
        /** RFC 4180 CSV with a header row; what a correction changed has columns of its own. */
        CSV
    }

    static HistoryExport to(Format format, Writer out) {
        return switch (format) {
            case JSONL -> new JsonLinesExport(out);
            case CSV -> new CsvExport(out);
        };
    }

    /**
     * @throws java.io.UncheckedIOException when the output cannot be written
     */
    void write(HistoryEntry entry);

    @Override
    void close();
}
