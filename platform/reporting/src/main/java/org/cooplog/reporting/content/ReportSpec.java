package org.cooplog.reporting.content;

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
 * @param texts what the report officer wrote over the generated defaults
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
        String templateVersion,
        ReportTexts texts) {

    public ReportSpec {
        positions = List.copyOf(positions);
        texts = texts == null ? ReportTexts.DEFAULTS : texts;
    }

    /** A spec with every generated default standing. */
    public ReportSpec(
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
        this(
                issuer,
                recipient,
                period,
                language,
                reportId,
                documentNumber,
                recordedBefore,
                correctionsSince,
                positions,
                templateVersion,
                ReportTexts.DEFAULTS);
    }

    public boolean draft() {
        return reportId == null;
    }
}
