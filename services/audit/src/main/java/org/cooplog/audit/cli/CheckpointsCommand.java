package org.cooplog.audit.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.checkpoint.CheckpointFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Copies the published checkpoints out of the cluster, so the auditor holds evidence that whoever controls the
 * cluster cannot rewrite: {@code verify --checkpoints FILE} later checks the log against this copy.
 */
@Command(name = "checkpoints", description = "Writes the published running-hash checkpoints as JSON Lines.")
final class CheckpointsCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<Checkpoint> checkpoints;
        try (TerminalProgress progress = audit.progress()) {
            checkpoints = audit.audit().checkpoints(progress);
        }
        if (output == null) {
            CheckpointFile.write(checkpoints, audit.out());
            return 0;
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            CheckpointFile.write(checkpoints, out);
        }
        audit.out().println("Wrote " + checkpoints.size() + " checkpoint(s) to " + output);
        return 0;
    }
}
