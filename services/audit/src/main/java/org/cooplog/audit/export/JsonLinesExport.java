package org.cooplog.audit.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.cooplog.audit.history.HistoryEntry;

/** One JSON object a line: the event as {@link HistoryEntry#toPlain()} has it. */
final class JsonLinesExport implements HistoryExport {

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Writer out;

    JsonLinesExport(Writer out) {
        this.out = out;
    }

    @Override
    public void write(HistoryEntry entry) {
        try {
            out.write(JSON.writeValueAsString(entry.toPlain()));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
