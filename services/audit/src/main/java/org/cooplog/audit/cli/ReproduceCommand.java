package org.cooplog.audit.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cooplog.audit.reproduce.Reproduction;
import org.cooplog.reporting.template.UnknownTemplateVersionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Makes an issued report again from the cut its ReportIssued event recorded, with the template version it names, and
 * compares every format's SHA-256. A version this build does not hold is said as such, never reported as a mismatch.
 */
@Command(
        name = "reproduce",
        description = "Rebuilds an issued report from its recorded cut; prints MATCH or the first difference.")
final class ReproduceCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Parameters(paramLabel = "REPORT_ID", description = "e.g. mofa-2021-Q3")
    String reportId;

    @Override
    public Integer call() {
        Optional<Reproduction> reproduction;
        PrintWriter out = audit.out();
        try (TerminalProgress progress = audit.progress()) {
            reproduction = audit.audit().reproduce(reportId, progress);
        } catch (UnknownTemplateVersionException e) {
            out.println(audit.json ? Json.pretty(notHeld(e)) : "Report " + reportId + ": " + e.getMessage());
            return AuditCommand.TEMPLATE_NOT_HELD;
        }
        if (reproduction.isEmpty()) {
            out.println(
                    audit.json
                            ? "{\"reportId\":\"" + reportId + "\",\"issued\":false}"
                            : "No report " + reportId + " was issued.");
            return AuditCommand.FINDINGS;
        }
        Reproduction made = reproduction.get();
        if (audit.json) {
            out.println(Json.pretty(made.toPlain()));
        } else {
            print(out, made);
        }
        return made.matches() ? 0 : AuditCommand.FINDINGS;
    }

    private Map<String, Object> notHeld(UnknownTemplateVersionException e) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("reportId", reportId);
        plain.put("templateVersion", e.version());
        plain.put("templateHeld", false);
        plain.put("message", e.getMessage());
        return plain;
    }

    private static void print(PrintWriter out, Reproduction made) {
        out.println(
                "Report " + made.reportId() + " (template " + made.templateVersion() + "), made again from its cut:");
        for (Reproduction.FormatComparison format : made.formats()) {
            out.printf(
                    "  %-5s %-7s issued %s (%,d bytes), made %s (%,d bytes)%n",
                    format.format(),
                    format.matches() ? "MATCH" : "DIFFERS",
                    format.issuedSha256(),
                    format.issuedSize(),
                    format.madeSha256() == null ? "nothing" : format.madeSha256(),
                    format.madeSize());
        }
        out.println(made.firstDifference()
                .map(d -> "First difference: " + d.format() + ": issued with SHA-256 " + d.issuedSha256()
                        + ", made again with " + (d.madeSha256() == null ? "no rendition" : d.madeSha256()))
                .orElse("MATCH"));
    }
}
