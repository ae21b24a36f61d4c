package org.cooplog.projector.report;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.cooplog.events.report.ReportIssued;

/** An issued report as the API lists it, with where to download each rendition and the digest to check it by. */
record ReportView(
        String reportId,
        String recipient,
        String recipientName,
        String period,
        String firstDay,
        String lastDay,
        String rule,
        String documentNumber,
        String language,
        Instant issuedAt,
        String issuedBy,
        boolean automatic,
        String templateVersion,
        List<RenditionView> renditions) {

    record RenditionView(String format, String sha256, long sizeBytes, String href) {}

    static ReportView of(ReportIssued report) {
        return new ReportView(
                report.getReportId(),
                report.getRecipient(),
                report.getRecipientName(),
                report.getPeriod().getKind() + " " + report.getPeriod().getYear()
                        + (report.getPeriod().getIndex() > 1
                                        || report.getPeriod().getKind().name().equals("QUARTER")
                                ? "/" + report.getPeriod().getIndex()
                                : ""),
                report.getPeriod().getFirstDay().toString(),
                report.getPeriod().getLastDay().toString(),
                report.getPeriod().getRule().name(),
                report.getDocumentNumber(),
                report.getLanguage(),
                report.getIssuedAt(),
                report.getIssuedBy(),
                report.getAutomatic(),
                report.getTemplateVersion(),
                report.getRenditions().stream()
                        .map(r -> new RenditionView(
                                r.getFormat().name(),
                                HexFormat.of().formatHex(r.getSha256().bytes()),
                                r.getSizeBytes(),
                                "/api/reports/" + report.getReportId() + "/"
                                        + r.getFormat().name().toLowerCase(Locale.ROOT)))
                        .toList());
    }
}
