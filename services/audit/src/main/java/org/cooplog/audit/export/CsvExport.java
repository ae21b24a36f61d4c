package org.cooplog.audit.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cooplog.audit.history.HistoryEntry;

/**
 * RFC 4180 CSV, one event a row. A correction's field, old value, new value and reason have columns of their own;
 * what any other event says is in {@code change}, as JSON, so no column depends on the event type.
 */
final class CsvExport implements HistoryExport {

    static final String[] HEADER = {
        "topic",
        "partition",
        "offset",
        "activityId",
        "version",
        "eventType",
        "occurredOn",
        "recordedAt",
        "recordedBy",
        "service",
        "field",
        "oldValue",
        "newValue",
        "reason",
        "change",
        "hash",
        "previousHash",
        "hashRight",
        "chained"
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CSVPrinter printer;

    CsvExport(Writer out) {
        try {
            this.printer = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(HistoryEntry entry) {
        HistoryEntry.CorrectionEntry correction = entry.correction();
        try {
            printer.printRecord(Arrays.asList(
                    entry.topic(),
                    entry.partition(),
                    entry.offset(),
                    entry.activityId(),
                    entry.version(),
                    entry.eventType(),
                    entry.occurredOn(),
                    entry.recordedAt(),
                    entry.recordedBy(),
                    entry.service(),
                    correction == null ? null : correction.field(),
                    correction == null ? null : correction.oldValue(),
                    correction == null ? null : correction.newValue(),
                    correction == null ? null : correction.reason(),
                    JSON.writeValueAsString(entry.change()),
                    entry.hash(),
                    entry.previousHash(),
                    entry.hashRight(),
                    entry.chained()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not plain values: " + entry.change(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
