package org.cooplog.projector.report;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.report.PartitionOffset;
import org.cooplog.events.report.Rendition;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.model.replay.LogReplay;
import org.cooplog.reporting.template.ReportTemplate;
import org.cooplog.reporting.template.ReportTemplates;
import org.cooplog.reporting.template.UnknownTemplateVersionException;
import org.springframework.stereotype.Component;

/**
 * Makes an issued report again from the log alone: the records below its cut's end offsets, recorded before its
 * cut-off, folded and rendered with the template version and the spec it recorded. Every rendition must match the
 * digest it was issued with.
 */
@Component
class ReportReproducer {

    private final Supplier<Consumer<String, byte[]>> consumers;

    ReportReproducer(Supplier<Consumer<String, byte[]>> rawConsumers) {
        this.consumers = rawConsumers;
    }

    /**
     * @throws UnknownTemplateVersionException when the report names a template version this build does not hold,
     *     before the log is read
     * @throws IllegalStateException naming the first rendition whose digest differs
     */
    List<org.cooplog.reporting.render.Rendition> reproduce(ReportIssued issued) {
        ReportTemplate template = ReportTemplates.require(issued.getTemplateVersion());
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (PartitionOffset offset : issued.getCut().getOffsets()) {
            ends.put(new TopicPartition(offset.getTopic(), offset.getPartition()), offset.getEndOffset());
        }
        ReadModelBuilder builder = new ReadModelBuilder(issued.getCut().getRecordedBefore());
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            LogReplay.replay(consumer, ends, builder);
        }
        List<org.cooplog.reporting.render.Rendition> made = template.renderAll(builder.snapshot(), issued.getSpec());
        for (Rendition recorded : issued.getRenditions()) {
            org.cooplog.reporting.render.Rendition again = made.stream()
                    .filter(r -> r.format() == recorded.getFormat())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + recorded.getFormat() + " rendition made"));
            if (!java.util.Arrays.equals(again.sha256(), recorded.getSha256().bytes())) {
                throw new IllegalStateException("the " + recorded.getFormat() + " of " + issued.getReportId()
                        + " made again has digest " + again.sha256Hex() + ", not the issued "
                        + HexFormat.of().formatHex(recorded.getSha256().bytes()));
            }
        }
        return made;
    }
}
