package org.cooplog.projector.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.model.ReadModel;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContentBuilder;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.content.ReportTexts;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.render.Rendition;
import org.cooplog.reporting.render.ReportRenditions;
import org.springframework.stereotype.Component;

/** Makes a report's spec from the configuration and a cut, and the report from a read model and its spec. */
@Component
class ReportMaker {

    private final ReportsProperties properties;
    private final ReportRenditions renditions = new ReportRenditions();

    ReportMaker(ReportsProperties properties) {
        this.properties = properties;
    }

    /** A report's deterministic id: the recipient and the period, e.g. {@code mofa-2021-Q1}. */
    static String reportId(RecipientProperties recipient, ReportPeriod period) {
        return recipient.id() + "-" + period.key();
    }

    ReportSpec spec(
            RecipientProperties recipient,
            ReportPeriod period,
            String reportId,
            Integer number,
            Instant recordedBefore,
            Instant correctionsSince,
            Map<TopicPartition, Long> positions) {
        return new ReportSpec(
                properties.issuer().toIssuer(),
                recipient.localizedName(),
                period,
                recipient.language(),
                reportId,
                number,
                recordedBefore,
                correctionsSince,
                positions(positions),
                ReportRenditions.TEMPLATE_VERSION);
    }

    /** The spec with the report officer's texts over the generated defaults. */
    static ReportSpec withTexts(ReportSpec spec, ReportTexts texts) {
        return new ReportSpec(
                spec.issuer(),
                spec.recipient(),
                spec.period(),
                spec.language(),
                spec.reportId(),
                spec.documentNumber(),
                spec.recordedBefore(),
                spec.correctionsSince(),
                spec.positions(),
                spec.templateVersion(),
                texts);
    }

    List<Rendition> make(ReadModel model, ReportSpec spec) {
        ReportContent content = ReportContentBuilder.build(model, spec);
        return renditions.renderAll(content, spec.recordedBefore());
    }

    /** The positions read, as the provenance lines show them: topic-partition@offset, in a fixed order. */
    static List<String> positions(Map<TopicPartition, Long> positions) {
        return positions.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<TopicPartition, Long> e) ->
                                e.getKey().topic())
                        .thenComparing(e -> e.getKey().partition()))
                .map(e -> e.getKey().topic() + "-" + e.getKey().partition() + "@" + e.getValue())
                .toList();
    }
}
