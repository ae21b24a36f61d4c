package org.cooplog.audit.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.report.PartitionOffset;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.model.ReadModel;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContentBuilder;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.content.ReportSpecs;
import org.cooplog.reporting.render.Rendition;
import org.cooplog.reporting.render.ReportRenditions;

/**
 * Makes an issued report again from what its ReportIssued event recorded: the cut (end offset of every partition and
 * the record-time cut-off) says which events to fold, the spec says everything else.
 */
public final class ReportRebuild {

    private ReportRebuild() {}

    /** The exclusive end offset of every partition the report was made from. */
    public static Map<TopicPartition, Long> cut(ReportIssued issued) {
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        for (PartitionOffset offset : issued.getCut().getOffsets()) {
            ends.put(new TopicPartition(offset.getTopic(), offset.getPartition()), offset.getEndOffset());
        }
        return ends;
    }

    /** An empty builder that takes only the events the report's cut-off lets in; feed it the records of the cut. */
    public static ReadModelBuilder builder(ReportIssued issued) {
        return new ReadModelBuilder(issued.getCut().getRecordedBefore());
    }

    /** Every rendition, made from the model of the cut with the spec the report recorded. */
    public static List<Rendition> make(ReadModel model, ReportIssued issued) {
        ReportSpec spec = ReportSpecs.fromJson(issued.getSpec());
        ReportContent content = ReportContentBuilder.build(model, spec);
        return new ReportRenditions().renderAll(content, spec.recordedBefore());
    }
}
