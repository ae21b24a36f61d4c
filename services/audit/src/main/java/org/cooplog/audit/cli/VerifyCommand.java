package org.cooplog.audit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.checkpoint.CheckpointFile;
import org.cooplog.audit.verify.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Proves the log whole, or names every record that is not, by topic, partition and offset. Exit code 1 on any finding. */
@Command(
        name = "verify",
        description = {
            "Proves the log whole, or names every record that is not; exits 1 on any finding.",
            "Every record must decode with a known schema, carry the hash of its own bytes and chain to its",
            "activity's event before it; dead-lettered records are reported; every partition is checked against",
            "the running-hash checkpoints."
        })
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Option(
            names = "--checkpoints",
            paramLabel = "FILE",
            description = "Your own copy of checkpoints (from 'audit checkpoints --output FILE') to check too.")
    Path checkpoints;

    @Override
    public Integer call() throws IOException {
        List<Checkpoint> independent = checkpoints == null ? List.of() : read(checkpoints);
        Verification verification;
        try (TerminalProgress progress = audit.progress()) {
            verification = audit.audit().verify(independent, progress);
        }
        PrintWriter out = audit.out();
        if (audit.json) {
            out.println(Json.pretty(verification.toPlain()));
        } else {
            print(out, verification);
        }
        return verification.ok() ? 0 : AuditCommand.FINDINGS;
    }

    private static void print(PrintWriter out, Verification verification) {
        out.printf(
                Locale.ROOT,
                "Read %,d records in %d partitions in %.1f s (%,.0f records/s); checked %d checkpoint(s).%n",
                verification.records(),
                verification.partitions(),
                verification.elapsed().toMillis() / 1000.0,
                verification.recordsPerSecond(),
                verification.checkpointsChecked());
        if (verification.ok()) {
            out.println("OK: every record decodes, every activity chain holds, every checkpoint matches.");
            return;
        }
        out.println(verification.findings().size() + " finding(s):");
        verification.findings().forEach(f -> out.printf("%s  %s  %s%n", f.position(), f.kind(), f.detail()));
    }

    private static List<Checkpoint> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CheckpointFile.read(in, file.toString());
        }
    }
}
