package org.cooplog.audit.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cooplog.audit.export.HistoryExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The full history of every activity, one event a row, for the auditor's own tools. */
@Command(name = "export", description = "Exports every activity event as JSON Lines or CSV.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    HistoryExport.Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (output == null) {
            export(audit.out());
            return 0;
        }
        long events;
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            events = export(out);
        }
        audit.out().println("Exported " + events + " event(s) to " + output);
        return 0;
    }

    private long export(Writer out) throws IOException {
        try (TerminalProgress progress = audit.progress();
                HistoryExport export = HistoryExport.to(format, out)) {
            return audit.audit().export(export::write, progress);
        }
    }
}
