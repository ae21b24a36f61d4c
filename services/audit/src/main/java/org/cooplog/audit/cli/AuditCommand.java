package org.cooplog.audit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.cooplog.audit.LogAudit;
import org.cooplog.audit.log.LogConsumers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The auditor's tool. It reads the topics directly, read-only (no consumer group, nothing committed), and needs
 * nothing but the bootstrap servers and the schemas it carries, so an auditor does not have to trust any running
 * service of the product.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = AuditCommand.Version.class,
        description = "Replays, verifies and exports the Cooperation Log straight from Kafka, read-only.",
        subcommands = {
            HistoryCommand.class,
            AsOfCommand.class,
            VerifyCommand.class,
            ReproduceCommand.class,
            ExportCommand.class,
            CheckpointsCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all is well",
            "1:findings, a mismatch, or nothing found",
            "2:invalid arguments",
            "3:the log could not be read",
            "4:the report names a template version this build does not hold"
        })
public final class AuditCommand {

    static final int FINDINGS = 1;
    static final int UNREADABLE = 3;
    static final int TEMPLATE_NOT_HELD = 4;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--bootstrap-servers",
            scope = ScopeType.INHERIT,
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS or ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(
            names = "--timeout",
            scope = ScopeType.INHERIT,
            defaultValue = "PT30S",
            description = "How long the cluster may keep a read from moving, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable JSON instead of text.")
    boolean json;

    @Option(
            names = "--command-config",
            scope = ScopeType.INHERIT,
            description = "Client settings for a secured cluster, as Kafka's own tools take them: security.protocol,"
                    + " sasl.mechanism, sasl.jaas.config (docs/security.md).")
    Path commandConfig;

    public static void main(String[] args) {
        System.exit(execute(
                new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8),
                args));
    }

    /** Runs one command line, writing to the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new AuditCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println("audit: cannot read the log: " + e.getMessage());
            return UNREADABLE;
        });
        return line.execute(args);
    }

    LogAudit audit() {
        Map<String, Object> config = new HashMap<>();
        if (commandConfig != null) {
            Properties settings = new Properties();
            try (Reader in = Files.newBufferedReader(commandConfig)) {
                settings.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + commandConfig, e);
            }
            settings.forEach((name, value) -> config.put((String) name, value));
        }
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new LogAudit(LogConsumers.readCommitted(config), timeout);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Progress on the terminal while a long read runs; nothing when the output is piped or redirected. */
    TerminalProgress progress() {
        return new TerminalProgress(err(), System.console() != null);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AuditCommand.class.getPackage().getImplementationVersion();
            return new String[] {"cooplog-audit " + (version == null ? "(development build)" : version)};
        }
    }
}
