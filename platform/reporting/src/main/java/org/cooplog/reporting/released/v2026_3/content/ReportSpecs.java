package org.cooplog.reporting.released.v2026_3.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * A report's spec as JSON, the form ReportIssued keeps it in: an auditor reads it, and the audit tool and the
 * projector rebuild the spec from it to make the report again. Field names are part of the log's format.
 */
public final class ReportSpecs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportSpecs() {}

    public static String toJson(ReportSpec spec) {
        ObjectNode root = JSON.createObjectNode();
        Issuer issuer = spec.issuer();
        ObjectNode issuerNode = root.putObject("issuer");
        localized(issuerNode, "governingBody", issuer.governingBody());
        localized(issuerNode, "unit", issuer.unit());
        issuerNode.put("unitCode", issuer.unitCode());
        localized(issuerNode, "place", issuer.place());
        localized(issuerNode, "authority", issuer.authority());
        localized(issuerNode, "signerTitle", issuer.signerTitle());
        issuerNode.put("signerName", issuer.signerName());
        ArrayNode copies = issuerNode.putArray("copies");
        issuer.copies()
                .forEach(copy ->
                        copies.add(JSON.createObjectNode().put("vi", copy.vi()).put("en", copy.en())));
        localized(root, "recipient", spec.recipient());
        ReportPeriod period = spec.period();
        root.putObject("period")
                .put("kind", period.kind().name())
                .put("year", period.year())
                .put("index", period.index())
                .put("firstDay", period.firstDay().toString())
                .put("lastDay", period.lastDay().toString())
                .put("rule", period.rule().name());
        root.put("language", spec.language());
        root.put("reportId", spec.reportId());
        if (spec.documentNumber() == null) {
            root.putNull("documentNumber");
        } else {
            root.put("documentNumber", spec.documentNumber());
        }
        root.put("recordedBefore", spec.recordedBefore().toString());
        root.put(
                "correctionsSince",
                spec.correctionsSince() == null ? null : spec.correctionsSince().toString());
        ArrayNode positions = root.putArray("positions");
        spec.positions().forEach(positions::add);
        root.put("templateVersion", spec.templateVersion());
        return root.toString();
    }

    /**
     * @throws IllegalArgumentException when the text is not a spec this version can read
     */
    public static ReportSpec fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode issuer = root.get("issuer");
            List<Localized> copies = new ArrayList<>();
            issuer.get("copies").forEach(copy -> copies.add(new Localized(text(copy, "vi"), text(copy, "en"))));
            JsonNode period = root.get("period");
            List<String> positions = new ArrayList<>();
            root.get("positions").forEach(p -> positions.add(p.asText()));
            return new ReportSpec(
                    new Issuer(
                            localized(issuer, "governingBody"),
                            localized(issuer, "unit"),
                            text(issuer, "unitCode"),
                            localized(issuer, "place"),
                            localized(issuer, "authority"),
                            localized(issuer, "signerTitle"),
                            text(issuer, "signerName"),
                            copies),
                    localized(root, "recipient"),
                    new ReportPeriod(
                            PeriodKind.valueOf(text(period, "kind")),
                            period.get("year").asInt(),
                            period.get("index").asInt(),
                            LocalDate.parse(text(period, "firstDay")),
                            LocalDate.parse(text(period, "lastDay")),
                            CutOffRule.valueOf(text(period, "rule"))),
                    text(root, "language"),
                    text(root, "reportId"),
                    root.get("documentNumber").isNull()
                            ? null
                            : root.get("documentNumber").asInt(),
                    Instant.parse(text(root, "recordedBefore")),
                    text(root, "correctionsSince") == null ? null : Instant.parse(text(root, "correctionsSince")),
                    positions,
                    text(root, "templateVersion"));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a report spec: " + e.getMessage(), e);
        }
    }

    private static void localized(ObjectNode node, String name, Localized value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.putObject(name).put("vi", value.vi()).put("en", value.en());
        }
    }

    private static Localized localized(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new Localized(text(value, "vi"), text(value, "en"));
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
