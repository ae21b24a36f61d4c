package org.cooplog.audit.reproduce;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.reporting.render.Rendition;

/** An issued report made again from its cut, compared format by format with the digests it was issued with. */
public record Reproduction(String reportId, String templateVersion, List<FormatComparison> formats) {

    public Reproduction {
        formats = List.copyOf(formats);
    }

    /**
     * One format: what was issued and what was made again.
     *
     * @param madeSha256 hex, or null when no rendition of this format was made
     */
    public record FormatComparison(
            String format, String issuedSha256, long issuedSize, String madeSha256, long madeSize) {

        public boolean matches() {
            return issuedSha256.equals(madeSha256);
        }

        Map<String, Object> toPlain() {
            Map<String, Object> plain = new LinkedHashMap<>();
            plain.put("format", format);
            plain.put("match", matches());
            plain.put("issuedSha256", issuedSha256);
            plain.put("issuedSize", issuedSize);
            plain.put("madeSha256", madeSha256);
            plain.put("madeSize", madeSize);
            return plain;
        }
    }

    /** Compares every rendition the report was issued with against the renditions made again. */
    public static Reproduction compare(ReportIssued issued, List<Rendition> made) {
        List<FormatComparison> formats = issued.getRenditions().stream()
                .map(recorded -> {
                    Optional<Rendition> again = made.stream()
                            .filter(r -> r.format() == recorded.getFormat())
                            .findFirst();
                    return new FormatComparison(
                            recorded.getFormat().name(),
                            HexFormat.of().formatHex(recorded.getSha256().bytes()),
                            recorded.getSizeBytes(),
                            again.map(Rendition::sha256Hex).orElse(null),
                            again.map(Rendition::size).orElse(0));
                })
                .toList();
        return new Reproduction(issued.getReportId(), issued.getTemplateVersion(), formats);
    }

    /** Every format made again has the digest it was issued with. */
    public boolean matches() {
        return !formats.isEmpty() && formats.stream().allMatch(FormatComparison::matches);
    }

    /** The first format, in the order the report recorded them, whose digest differs. */
    public Optional<FormatComparison> firstDifference() {
        return formats.stream().filter(f -> !f.matches()).findFirst();
    }

    public Map<String, Object> toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("reportId", reportId);
        plain.put("templateVersion", templateVersion);
        plain.put("match", matches());
        plain.put("formats", formats.stream().map(FormatComparison::toPlain).toList());
        return plain;
    }
}
