package org.cooplog.audit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.kafka.testing.KafkaBrokers;

/** Runs the tool as an auditor would, against the tests' broker, and keeps what it printed and its exit code. */
record Audit(int exitCode, String out, String err) {

    static Audit run(String... args) {
        List<String> line = new ArrayList<>(List.of("--bootstrap-servers", KafkaBrokers.bootstrapServers()));
        line.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AuditCommand.execute(
                new PrintWriter(out, true), new PrintWriter(err, true), line.toArray(String[]::new));
        return new Audit(exitCode, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + err, e);
        }
    }
}
