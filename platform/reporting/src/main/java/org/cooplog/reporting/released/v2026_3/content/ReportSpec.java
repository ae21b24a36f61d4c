package org.cooplog.reporting.released.v2026_3.content;

import java.time.Instant;
import java.util.List;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * What a report is of and for: everything besides the log that decides its content.
 *
 * @param recipient the addressee, e.g. Bộ Ngoại giao
 * @param reportId the deterministic id of an issued report; null for a preview
 * @param documentNumber the number of an issued report within its year, e.g. 5; null for a preview
 * @param recordedBefore the record-time cut: what the log held before this instant; also the report's date
 * @param correctionsSince the cut of the previous report to the same recipient, or null
 * @param positions the end offsets read, as text, for the provenance lines
 */
public record ReportSpec(
        Issuer issuer,
        Localized recipient,
        ReportPeriod period,
        String language,
        String reportId,
        Integer documentNumber,
        Instant recordedBefore,
        Instant correctionsSince,
        List<String> positions,
        String templateVersion) {

    public ReportSpec {
        positions = List.copyOf(positions);
    }

    public boolean draft() {
        return reportId == null;
    }
}
